package io.github.esdsl.document;

import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.github.esdsl.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

class InferenceTest {

	enum Color {

		RED, GREEN

	}

	record Address(String street, int number) {
	}

	static final class Inferred {

		String string;

		boolean primitiveBoolean;

		Boolean boxedBoolean;

		int primitiveInt;

		Integer boxedInt;

		long primitiveLong;

		Long boxedLong;

		float primitiveFloat;

		Float boxedFloat;

		double primitiveDouble;

		Double boxedDouble;

		short primitiveShort;

		byte primitiveByte;

		byte[] bytes;

		Instant instant;

		OffsetDateTime offsetDateTime;

		ZonedDateTime zonedDateTime;

		LocalDateTime localDateTime;

		Date date;

		LocalDate localDate;

		Color color;

		UUID uuid;

		InetAddress ip;

		Address address;

		List<Address> addresses;

		Set<Address> addressSet;

		Address[] addressArray;

		List<String> strings;

		String[] stringArray;

		Set<Integer> integers;

		int[] ints;

		Optional<Instant> optionalInstant;

		List<LocalDate> days;

		Range<Integer> integerRange;

		Range<Long> longRange;

		Range<Float> floatRange;

		Range<Double> doubleRange;

		Range<Instant> instantRange;

		Range<LocalDate> dayRange;

		Range<InetAddress> ipRange;

		static String constant = "not mapped";

		transient String scratch;

	}

	@Test
	void everyInferenceRuleOfTheTable() {
		assertThat(Mapping.of(Inferred.class).toMap()).isEqualTo(Json.parseMap("""
				{"properties": {
				  "string": {"type": "text"},
				  "primitiveBoolean": {"type": "boolean"}, "boxedBoolean": {"type": "boolean"},
				  "primitiveInt": {"type": "integer"}, "boxedInt": {"type": "integer"},
				  "primitiveLong": {"type": "long"}, "boxedLong": {"type": "long"},
				  "primitiveFloat": {"type": "float"}, "boxedFloat": {"type": "float"},
				  "primitiveDouble": {"type": "double"}, "boxedDouble": {"type": "double"},
				  "primitiveShort": {"type": "short"}, "primitiveByte": {"type": "byte"},
				  "bytes": {"type": "binary"},
				  "instant": {"type": "date"}, "offsetDateTime": {"type": "date"}, "zonedDateTime": {"type": "date"},
				  "localDateTime": {"type": "date"}, "date": {"type": "date"},
				  "localDate": {"type": "date", "format": "yyyy-MM-dd"},
				  "color": {"type": "keyword"}, "uuid": {"type": "keyword"}, "ip": {"type": "ip"},
				  "address": {"type": "object", "properties": {"street": {"type": "text"}, "number": {"type": "integer"}}},
				  "addresses": {"type": "nested", "properties": {"street": {"type": "text"}, "number": {"type": "integer"}}},
				  "addressSet": {"type": "nested", "properties": {"street": {"type": "text"}, "number": {"type": "integer"}}},
				  "addressArray": {"type": "nested", "properties": {"street": {"type": "text"}, "number": {"type": "integer"}}},
				  "strings": {"type": "text"}, "stringArray": {"type": "text"}, "integers": {"type": "integer"},
				  "ints": {"type": "integer"}, "optionalInstant": {"type": "date"},
				  "days": {"type": "date", "format": "yyyy-MM-dd"},
				  "integerRange": {"type": "integer_range"}, "longRange": {"type": "long_range"},
				  "floatRange": {"type": "float_range"}, "doubleRange": {"type": "double_range"},
				  "instantRange": {"type": "date_range"}, "dayRange": {"type": "date_range", "format": "yyyy-MM-dd"},
				  "ipRange": {"type": "ip_range"}}}"""));
	}

	@Test
	void primitivesAreRequiredAndReferencesOnlyWhenAskedFor() {
		DocumentMetadata<Required> metadata = DocumentMetadata.of(Required.class);
		assertThat(metadata.fields().stream().filter(DocumentField::required).map(DocumentField::name))
			.containsExactly("count", "title", "checked");
		assertThat(metadata.field("tags").orElseThrow().multi()).isTrue();
		assertThat(metadata.field("tags").orElseThrow().elementClass()).isEqualTo(String.class);
	}

	@Test
	void explicitTypeAndOptionsOverrideInference() {
		assertThat(Mapping.of(Explicit.class).toJson()).isEqualTo("{\"properties\":{"
				+ "\"category\":{\"type\":\"keyword\",\"normalizer\":\"lowercase\",\"ignore_above\":256,"
				+ "\"null_value\":\"none\",\"eager_global_ordinals\":true},"
				+ "\"day\":{\"type\":\"date\",\"format\":\"strict_date\"},"
				+ "\"embedding\":{\"type\":\"dense_vector\",\"dims\":3,\"element_type\":\"float\",\"similarity\":\"cosine\","
				+ "\"index_options\":{\"type\":\"hnsw\",\"m\":16}},"
				+ "\"price\":{\"type\":\"scaled_float\",\"doc_values\":false,\"store\":true,\"scaling_factor\":100.0},"
				+ "\"title\":{\"type\":\"text\",\"analyzer\":\"english\",\"search_analyzer\":\"standard\","
				+ "\"search_quote_analyzer\":\"whitespace\",\"index\":false,\"copy_to\":\"all\","
				+ "\"fields\":{\"raw\":{\"type\":\"keyword\",\"ignore_above\":100},"
				+ "\"suggest\":{\"type\":\"search_as_you_type\",\"analyzer\":\"simple\",\"index\":false,\"max_shingle_size\":4}}},"
				+ "\"everything\":{\"type\":\"text\",\"copy_to\":[\"a\",\"b\"]},"
				+ "\"attributes\":{\"type\":\"flattened\"},"
				+ "\"extra\":{\"type\":\"object\",\"dynamic\":\"strict\",\"properties\":{\"street\":{\"type\":\"text\"},"
				+ "\"number\":{\"type\":\"integer\"}}},"
				+ "\"raw\":{\"type\":\"object\",\"enabled\":false,\"properties\":{}},"
				+ "\"summary\":{\"type\":\"annotated_text\",\"analyzer\":\"x\"},"
				+ "\"inner\":{\"type\":\"nested\",\"include_in_parent\":true,\"properties\":{\"street\":{\"type\":\"text\"},"
				+ "\"number\":{\"type\":\"integer\"}}}}}");
	}

	static final class Required {

		int count;

		@Field(required = true)
		String title;

		@NotNull
		Boolean checked;

		String optional;

		List<String> tags;

	}

	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@interface NotNull {

	}

	static final class Explicit {

		@Field(type = FieldType.KEYWORD, normalizer = "lowercase", ignoreAbove = 256,
				options = { @FieldOption(name = "null_value", value = "none"),
						@FieldOption(name = "eager_global_ordinals", value = "true") })
		String category;

		@Field(format = "strict_date")
		LocalDate day;

		@Field(type = FieldType.DENSE_VECTOR, dims = 3, elementType = "float", similarity = "cosine",
				options = @FieldOption(name = "index_options", value = "{\"type\": \"hnsw\", \"m\": 16}"))
		float[] embedding;

		@Field(type = FieldType.SCALED_FLOAT, scalingFactor = 100, docValues = false, store = true)
		double price;

		@Field(analyzer = "english", searchAnalyzer = "standard", searchQuoteAnalyzer = "whitespace", index = false,
				copyTo = "all", fields = { @MultiField(name = "raw", type = FieldType.KEYWORD, ignoreAbove = 100),
						@MultiField(name = "suggest", type = FieldType.SEARCH_AS_YOU_TYPE, analyzer = "simple", index = false,
								options = @FieldOption(name = "max_shingle_size", value = "4")) })
		String title;

		@Field(copyTo = { "a", "b" })
		String everything;

		@Field(type = FieldType.FLATTENED)
		java.util.Map<String, Object> attributes;

		@Field(type = FieldType.OBJECT, dynamic = Dynamic.STRICT, properties = Address.class)
		java.util.Map<String, Object> extra;

		@Field(type = FieldType.OBJECT, options = @FieldOption(name = "enabled", value = "false"))
		java.util.Map<String, Object> raw;

		@Field(customType = "annotated_text", analyzer = "x")
		String summary;

		@Field(type = FieldType.NESTED, options = @FieldOption(name = "include_in_parent", value = "true"))
		Address inner;

	}

}
