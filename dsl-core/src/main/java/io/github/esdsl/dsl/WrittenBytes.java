package io.github.esdsl.dsl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.SerializableString;

/**
 * The compact UTF-8 JSON of one frozen value, kept with the value after its second write and
 * copied as it is into the generators that take it ({@code JsonGenerator.writeRawValue}).
 *
 * <p>Immutable: the array is filled before construction and never changed, and the field is
 * final, so an instance published through a plain field (a benign race) is seen complete by
 * every thread. Only the unquoted forms make sense for a raw value; the quoted ones, which a
 * generator asks for property names only, are refused.
 */
final class WrittenBytes implements SerializableString {

	private final byte[] bytes;

	/**
	 * Takes ownership of the array: the caller must not keep or change it.
	 */
	WrittenBytes(byte[] bytes) {
		this.bytes = bytes;
	}

	int length() {
		return this.bytes.length;
	}

	@Override
	public String getValue() {
		return new String(this.bytes, StandardCharsets.UTF_8);
	}

	@Override
	public int charLength() {
		return getValue().length();
	}

	@Override
	public byte[] asUnquotedUTF8() {
		return this.bytes.clone();
	}

	@Override
	public int appendUnquotedUTF8(byte[] buffer, int offset) {
		int length = this.bytes.length;
		if (offset + length > buffer.length) {
			return -1;
		}
		System.arraycopy(this.bytes, 0, buffer, offset, length);
		return length;
	}

	@Override
	public int appendUnquoted(char[] buffer, int offset) {
		String text = getValue();
		if (offset + text.length() > buffer.length) {
			return -1;
		}
		text.getChars(0, text.length(), buffer, offset);
		return text.length();
	}

	@Override
	public int writeUnquotedUTF8(OutputStream out) throws IOException {
		out.write(this.bytes);
		return this.bytes.length;
	}

	@Override
	public int putUnquotedUTF8(ByteBuffer buffer) {
		if (this.bytes.length > buffer.remaining()) {
			return -1;
		}
		buffer.put(this.bytes);
		return this.bytes.length;
	}

	@Override
	public char[] asQuotedChars() {
		throw quoted();
	}

	@Override
	public byte[] asQuotedUTF8() {
		throw quoted();
	}

	@Override
	public int appendQuotedUTF8(byte[] buffer, int offset) {
		throw quoted();
	}

	@Override
	public int appendQuoted(char[] buffer, int offset) {
		throw quoted();
	}

	@Override
	public int writeQuotedUTF8(OutputStream out) {
		throw quoted();
	}

	@Override
	public int putQuotedUTF8(ByteBuffer buffer) {
		throw quoted();
	}

	private static UnsupportedOperationException quoted() {
		return new UnsupportedOperationException(
				"Written JSON bytes are a raw value (JsonGenerator.writeRawValue), not a string or property name to quote");
	}

	/**
	 * The JSON text (for debugging).
	 */
	@Override
	public String toString() {
		return getValue();
	}

}
