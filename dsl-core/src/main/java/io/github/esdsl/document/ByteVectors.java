package io.github.esdsl.document;

import java.util.HexFormat;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * Byte vectors ({@code dense_vector} with {@code element_type} {@code byte} or {@code bit}) held in
 * {@code byte[]} fields: written as hexadecimal text, read from hexadecimal text or from an array of
 * numbers (-128 to 127), the two forms Elasticsearch accepts and returns.
 */
final class ByteVectors {

	private ByteVectors() {
	}

	static final class Writer extends ValueSerializer<byte[]> {

		@Override
		public void serialize(byte[] vector, JsonGenerator generator, SerializationContext context) {
			generator.writeString(DenseVectors.hex(vector));
		}

	}

	static final class Reader extends ValueDeserializer<byte[]> {

		@Override
		public byte[] deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_STRING) {
				String text = parser.getString();
				try {
					return HexFormat.of().parseHex(text);
				}
				catch (IllegalArgumentException ex) {
					return (byte[]) context.reportInputMismatch(byte[].class,
							"A byte vector must be hexadecimal text or an array of numbers, got '" + text + "'");
				}
			}
			if (token != JsonToken.START_ARRAY) {
				return (byte[]) context.reportInputMismatch(byte[].class,
						"A byte vector must be hexadecimal text or an array of numbers, got " + token);
			}
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				int value = parser.getIntValue();
				if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
					return (byte[]) context.reportInputMismatch(byte[].class,
							"A byte vector holds values from -128 to 127, got " + value);
				}
				bytes.write(value);
			}
			return bytes.toByteArray();
		}

	}

}
