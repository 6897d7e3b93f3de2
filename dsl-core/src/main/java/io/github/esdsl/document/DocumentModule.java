package io.github.esdsl.document;

import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson support for documents: {@link Range} values, IP addresses as addresses, and dates read leniently as Elasticsearch
 * may return them: epoch milliseconds, ISO-8601 with or without offset (values without one are
 * UTC), or a plain date (midnight UTC). Offsets and zones in the input are kept.
 */
final class DocumentModule extends SimpleModule {

	DocumentModule() {
		super("esdsl-documents");
		addSerializer(Range.class, new RangeSerializer());
		addSerializer(InetAddress.class, new AddressSerializer());
		addDeserializer(Range.class, new RangeDeserializer(null));
		addDeserializer(Instant.class, new LenientDate<>(Instant.class, (t) -> offset(t).toInstant(),
				(millis) -> Instant.ofEpochMilli(millis)));
		addDeserializer(OffsetDateTime.class, new LenientDate<>(OffsetDateTime.class, DocumentModule::offset,
				(millis) -> Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC)));
		addDeserializer(ZonedDateTime.class, new LenientDate<>(ZonedDateTime.class, DocumentModule::zoned,
				(millis) -> Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC)));
		addDeserializer(LocalDateTime.class, new LenientDate<>(LocalDateTime.class,
				(t) -> t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
						? offset(t).atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime() : local(t),
				(millis) -> LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC)));
		addDeserializer(LocalDate.class, new LenientDate<>(LocalDate.class, LocalDate::from,
				(millis) -> LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC)));
	}

	private static LocalDateTime local(TemporalAccessor parsed) {
		return parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY) ? LocalDateTime.from(parsed)
				: LocalDate.from(parsed).atStartOfDay();
	}

	private static OffsetDateTime offset(TemporalAccessor parsed) {
		if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
			return OffsetDateTime.from(parsed);
		}
		return local(parsed).atOffset(ZoneOffset.UTC);
	}

	private static ZonedDateTime zoned(TemporalAccessor parsed) {
		if (parsed.query(java.time.temporal.TemporalQueries.zone()) != null) {
			return ZonedDateTime.from(parsed);
		}
		return local(parsed).atZone(ZoneOffset.UTC);
	}

	private static final class LenientDate<T> extends ValueDeserializer<T> {

		private final Class<T> type;

		private final Function<TemporalAccessor, T> fromText;

		private final Function<Long, T> fromMillis;

		LenientDate(Class<T> type, Function<TemporalAccessor, T> fromText, Function<Long, T> fromMillis) {
			this.type = type;
			this.fromText = fromText;
			this.fromMillis = fromMillis;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_NUMBER_INT) {
				return this.fromMillis.apply(parser.getLongValue());
			}
			if (token == JsonToken.VALUE_NUMBER_FLOAT) {
				return this.fromMillis.apply((long) parser.getDoubleValue());
			}
			if (token == JsonToken.VALUE_STRING) {
				String text = parser.getString().trim();
				if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
					return this.fromMillis.apply(Long.parseLong(text));
				}
				try {
					return this.fromText.apply(DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
							OffsetDateTime::from, LocalDateTime::from));
				}
				catch (DateTimeParseException ex) {
					try {
						return this.fromText.apply(DateTimeFormatter.ISO_DATE.parse(text));
					}
					catch (DateTimeParseException ignored) {
						return context.reportInputMismatch(this.type, "Cannot read '" + text + "' as "
								+ this.type.getSimpleName() + ": expected epoch milliseconds or an ISO-8601 date");
					}
				}
			}
			return context.reportInputMismatch(this.type, "Cannot read " + token + " as " + this.type.getSimpleName()
					+ ": expected epoch milliseconds or an ISO-8601 date");
		}

	}

	/**
	 * Writes the address itself, never a host name, as {@code ip} fields need: IPv4 dotted, IPv6
	 * in its canonical form (RFC 5952, as Python's {@code ipaddress} writes it).
	 */
	private static final class AddressSerializer extends ValueSerializer<InetAddress> {

		@Override
		public void serialize(InetAddress address, JsonGenerator generator, SerializationContext context) {
			generator.writeString(Addresses.canonical(address));
		}

	}

	@SuppressWarnings("rawtypes")
	private static final class RangeSerializer extends ValueSerializer<Range> {

		@Override
		public void serialize(Range range, JsonGenerator generator, SerializationContext context) {
			generator.writeStartObject();
			for (Object entry : range.toMap().entrySet()) {
				Map.Entry<?, ?> bound = (Map.Entry<?, ?>) entry;
				generator.writeName((String) bound.getKey());
				context.writeValue(generator, bound.getValue());
			}
			generator.writeEndObject();
		}

	}

	@SuppressWarnings("rawtypes")
	private static final class RangeDeserializer extends ValueDeserializer<Range> {

		private final JavaType boundType;

		RangeDeserializer(JavaType boundType) {
			this.boundType = boundType;
		}

		@Override
		public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			JavaType type = context.getContextualType();
			if (type == null && property != null) {
				type = property.getType();
			}
			JavaType bound = (type != null && type.containedTypeCount() == 1) ? type.containedType(0) : null;
			return new RangeDeserializer(bound);
		}

		@Override
		public Range deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.START_OBJECT) {
				return (Range) context.reportInputMismatch(Range.class,
						"A range must be a JSON object with gt, gte, lt or lte, got " + parser.currentToken());
			}
			Map<String, Object> bounds = new LinkedHashMap<>();
			String name;
			while ((name = parser.nextName()) != null) {
				parser.nextToken();
				bounds.put(name, (this.boundType != null) ? context.readValue(parser, this.boundType)
						: context.readValue(parser, Object.class));
			}
			try {
				return Range.of(bounds);
			}
			catch (IllegalArgumentException ex) {
				return (Range) context.reportInputMismatch(Range.class, ex.getMessage());
			}
		}

	}

}
