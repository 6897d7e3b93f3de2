package io.github.esdsl.document;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The compact text forms of {@code dense_vector} values, for the servers that accept them:
 * <ul>
 * <li>{@link #pack(float[])}: a {@code float} vector as base64 of its IEEE-754 float32 values
 * in big-endian order, Python's {@code pack_dense_vector}. Elasticsearch accepts it from 9.3 on;
 * 8.x (the embedded 8.19 node included) rejects it with a {@code document_parsing_exception},
 * so write the vector as a JSON array there ({@code float[]} or {@code List<Float>} fields
 * are).</li>
 * <li>{@link #hex(byte[])}: a {@code byte} or {@code bit} vector ({@code element_type}
 * {@code byte}/{@code bit}) as hexadecimal text, accepted by 8.x and 9.x alike.</li>
 * </ul>
 * A document field that holds a packed vector is a {@code String} with
 * {@code @Field(type = FieldType.DENSE_VECTOR, ...)}.
 */
public final class DenseVectors {

	private DenseVectors() {
	}

	/**
	 * A float vector as base64 of its big-endian float32 values.
	 * @param vector the vector
	 * @return the packed text
	 */
	public static String pack(float[] vector) {
		Objects.requireNonNull(vector, "vector must not be null");
		ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
		for (float value : vector) {
			bytes.putFloat(value);
		}
		return Base64.getEncoder().encodeToString(bytes.array());
	}

	/**
	 * A float vector given as numbers, packed as {@link #pack(float[])} (each value as float32).
	 * @param vector the vector
	 * @return the packed text
	 * @throws IllegalArgumentException naming the position of a {@code null} value
	 */
	public static String pack(List<? extends Number> vector) {
		Objects.requireNonNull(vector, "vector must not be null");
		float[] values = new float[vector.size()];
		for (int i = 0; i < values.length; i++) {
			Number value = vector.get(i);
			if (value == null) {
				throw new IllegalArgumentException("Cannot pack a vector with a null value at index " + i);
			}
			values[i] = value.floatValue();
		}
		return pack(values);
	}

	/**
	 * The float vector of a packed text.
	 * @param packed base64 of big-endian float32 values
	 * @return the vector
	 * @throws IllegalArgumentException when the text is not base64 of a whole number of float32 values
	 */
	public static float[] unpack(String packed) {
		Objects.requireNonNull(packed, "packed vector must not be null");
		byte[] bytes = Base64.getDecoder().decode(packed);
		if (bytes.length % Float.BYTES != 0) {
			throw new IllegalArgumentException("A packed vector holds whole float32 values (4 bytes each), but '"
					+ packed + "' decodes to " + bytes.length + " bytes");
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
		float[] vector = new float[bytes.length / Float.BYTES];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = buffer.getFloat();
		}
		return vector;
	}

	/**
	 * A byte (or bit) vector as hexadecimal text.
	 * @param vector the vector
	 * @return lower-case hexadecimal, two digits per byte
	 */
	public static String hex(byte[] vector) {
		return HexFormat.of().formatHex(Objects.requireNonNull(vector, "vector must not be null"));
	}

}
