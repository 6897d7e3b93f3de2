package io.github.esdsl.connection;

import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Keeps secret header values out of the HTTP client's header log: right before a request is
 * written, each header that may carry a secret ({@link Secrets#isSecretHeader(String)}) is
 * replaced by one whose {@code toString()} masks its value. The client writes the real value on
 * the wire and logs the header with {@code toString()} on {@code org.apache.hc.client5.http.headers}.
 */
final class SecretHeaders implements HttpRequestInterceptor {

	static final SecretHeaders INSTANCE = new SecretHeaders();

	private SecretHeaders() {
	}

	@Override
	public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
		Header[] headers = request.getHeaders();
		boolean masked = false;
		for (int i = 0; i < headers.length; i++) {
			Header header = headers[i];
			if (!(header instanceof Masked) && Secrets.isSecretHeader(header.getName())) {
				headers[i] = new Masked(header.getName(), header.getValue());
				masked = true;
			}
		}
		if (masked) {
			request.setHeaders(headers);
		}
	}

	/**
	 * A sensitive header whose text form hides its value.
	 */
	static final class Masked implements Header {

		private final String name;

		private final String value;

		Masked(String name, String value) {
			this.name = name;
			this.value = value;
		}

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public String getValue() {
			return this.value;
		}

		@Override
		public boolean isSensitive() {
			return true;
		}

		@Override
		public String toString() {
			return this.name + ": " + Secrets.MASK;
		}

	}

}
