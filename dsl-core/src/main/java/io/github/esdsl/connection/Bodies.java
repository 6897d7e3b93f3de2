package io.github.esdsl.connection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.hc.core5.http.HttpEntity;

/**
 * Reading response bodies with a size limit (the limit applies after decompression too).
 */
final class Bodies {

	private static final byte[] EMPTY = new byte[0];

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
		try (InputStream in = entity.getContent()) {
			if (in == null) {
				return EMPTY;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream((length > 0) ? (int) length : 1024);
			byte[] buffer = new byte[8192];
			long total = 0;
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
