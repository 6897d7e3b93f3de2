package io.github.esdsl.connection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.hc.core5.http.HttpEntity;

/**
 * Reading response bodies with a size limit (the limit applies after decompression too).
 */
final class Bodies {

	private static final byte[] EMPTY = new byte[0];

	private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

	private Bodies() {
	}

	/**
	 * Reads an entity fully.
	 * @param entity the entity, or {@code null}
	 * @param limit the largest size accepted
	 * @return the bytes, empty without an entity
	 * @throws TooLarge when the body is larger than the limit
	 * @throws IOException when reading fails
	 */
	static byte[] read(HttpEntity entity, long limit) throws IOException {
		if (entity == null) {
			return EMPTY;
		}
		long length = entity.getContentLength();
		if (length > limit) {
			throw new TooLarge();
		}
		if (entity instanceof ResponseBodyConsumer.Body body) {
			// received within the limit into an array of its own: taken as it is
			return body.bytes();
		}
		try (InputStream in = entity.getContent()) {
			if (in == null) {
				return EMPTY;
			}
			if (length < 0 || length > MAX_ARRAY) {
				return readRest(in, new ByteArrayOutputStream(1024), 0, limit);
			}
			// the announced length: read straight into the result, no copy
			byte[] bytes = new byte[(int) length];
			int read = in.readNBytes(bytes, 0, bytes.length);
			int next = (read == bytes.length) ? in.read() : -1;
			if (next == -1) {
				return (read == bytes.length) ? bytes : Arrays.copyOf(bytes, read);
			}
			// longer than announced (a decoded body): go on with the limit
			ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(MAX_ARRAY, bytes.length * 2L));
			out.write(bytes, 0, read);
			out.write(next);
			return readRest(in, out, read + 1L, limit);
		}
	}

	private static byte[] readRest(InputStream in, ByteArrayOutputStream out, long soFar, long limit)
			throws IOException {
		if (soFar > limit) {
			throw new TooLarge();
		}
		byte[] buffer = new byte[8192];
		long total = soFar;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > limit) {
				throw new TooLarge();
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	/**
	 * The body is larger than the limit.
	 */
	static final class TooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		TooLarge() {
			super("response body larger than maxResponseSize");
		}

	}

}
