package io.github.esdsl.connection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentTooLongException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.core5.http.nio.AsyncEntityConsumer;
import org.apache.hc.core5.http.nio.entity.AbstractBinDataConsumer;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Receives a response body into one array that becomes the body esdsl keeps: of the announced
 * length when the response has a Content-Length within the limit (no growing, no copy
 * afterwards), else grown as it arrives. The low-level client's own consumer buffers the body
 * and esdsl then copied it out of that buffer; this one hands its array over ({@link Body}).
 * Like that consumer, it refuses a body larger than the limit as soon as it gets past it.
 */
final class ResponseBodyConsumer extends AbstractAsyncResponseConsumer<ClassicHttpResponse, ByteArrayEntity> {

	ResponseBodyConsumer(int limit) {
		super(new BodyConsumer(limit));
	}

	@Override
	public void informationResponse(HttpResponse response, HttpContext context) {
		// 1xx responses carry nothing to keep
	}

	@Override
	protected ClassicHttpResponse buildResult(HttpResponse head, ByteArrayEntity entity, ContentType contentType) {
		BasicClassicHttpResponse response = new BasicClassicHttpResponse(head.getCode(), head.getReasonPhrase());
		response.setHeaders(head.getHeaders());
		response.setEntity(entity);
		return response;
	}

	/**
	 * A received body: an entity over an array that {@link Bodies#read} takes as it is when it is
	 * exactly the body.
	 */
	static final class Body extends ByteArrayEntity {

		private final byte[] bytes;

		private final int length;

		Body(byte[] bytes, int length, ContentType contentType, String contentEncoding) {
			super(bytes, 0, length, contentType, contentEncoding);
			this.bytes = bytes;
			this.length = length;
		}

		/**
		 * The body's bytes: the received array itself when it is exactly as long as the body,
		 * else a copy of its first {@code length} bytes.
		 */
		byte[] bytes() {
			return (this.bytes.length == this.length) ? this.bytes : Arrays.copyOf(this.bytes, this.length);
		}

	}

	private static final class BodyConsumer extends AbstractBinDataConsumer implements AsyncEntityConsumer<ByteArrayEntity> {

		private static final int FIRST = 8192;

		private final int limit;

		private volatile byte[] bytes;

		private volatile int length;

		private volatile ContentType contentType;

		private volatile String contentEncoding;

		private volatile FutureCallback<ByteArrayEntity> callback;

		private volatile ByteArrayEntity result;

		BodyConsumer(int limit) {
			this.limit = limit;
		}

		@Override
		public void streamStart(EntityDetails details, FutureCallback<ByteArrayEntity> callback) {
			this.contentType = (details != null) ? ContentType.parse(details.getContentType()) : null;
			this.contentEncoding = (details != null) ? details.getContentEncoding() : null;
			long announced = (details != null) ? details.getContentLength() : -1;
			// an announced length within the limit is the array's size; a larger one fails in data()
			this.bytes = new byte[(announced >= 0 && announced <= this.limit) ? (int) announced : FIRST];
			this.length = 0;
			this.callback = callback;
		}

		@Override
		protected int capacityIncrement() {
			return this.limit;
		}

		@Override
		protected void data(ByteBuffer src, boolean endOfStream) throws ContentTooLongException {
			int count = src.remaining();
			long total = (long) this.length + count;
			if (total > this.limit) {
				throw new ContentTooLongException("entity content is too long [" + total + "] for the configured buffer limit ["
						+ this.limit + "]");
			}
			byte[] target = this.bytes;
			if (total > target.length) {
				target = Arrays.copyOf(target, (int) Math.min(this.limit, Math.max(total, target.length * 2L)));
				this.bytes = target;
			}
			src.get(target, this.length, count);
			this.length = (int) total;
		}

		@Override
		protected void completed() throws IOException {
			byte[] body = (this.bytes != null) ? this.bytes : new byte[0];
			this.result = new Body(body, this.length, this.contentType, this.contentEncoding);
			FutureCallback<ByteArrayEntity> done = this.callback;
			if (done != null) {
				done.completed(this.result);
			}
			releaseResources();
		}

		@Override
		public void failed(Exception cause) {
			FutureCallback<ByteArrayEntity> done = this.callback;
			if (done != null) {
				done.failed(cause);
			}
			releaseResources();
		}

		@Override
		public ByteArrayEntity getContent() {
			return this.result;
		}

		@Override
		public void releaseResources() {
			this.bytes = null;
			this.callback = null;
		}

	}

}
