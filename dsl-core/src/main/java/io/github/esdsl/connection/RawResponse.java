package io.github.esdsl.connection;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.Json;

/**
 * One HTTP response from Elasticsearch: status, headers and the body bytes as received (already
 * decompressed). Immutable apart from the body array, which is shared, not copied.
 */
public final class RawResponse {

	private static final byte[] EMPTY = new byte[0];

	private final int status;

	private final String host;

	private final Map<String, List<String>> headers;

	private final byte[] body;

	private final Duration duration;

	private final int attempts;

	RawResponse(int status, String host, Map<String, List<String>> headers, byte[] body, Duration duration,
			int attempts) {
		this.status = status;
		this.host = host;
		this.headers = Collections.unmodifiableMap(headers);
		this.body = (body != null) ? body : EMPTY;
		this.duration = duration;
		this.attempts = attempts;
	}

	/**
	 * A response, for tests and for callers that adapt another transport.
	 * @param status the HTTP status
	 * @param host the URI of the node that answered
	 * @param headers the headers; names are matched case-insensitively by {@link #header(String)}
	 * @param body the body bytes, or {@code null} for none
	 * @return the response
	 */
	public static RawResponse of(int status, String host, Map<String, List<String>> headers, byte[] body) {
		return new RawResponse(status, host, Headers.copyOf(headers), body, Duration.ZERO, 1);
	}

	/** @return the HTTP status */
	public int status() {
		return this.status;
	}

	/** @return whether the status is 2xx */
	public boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	/** @return the URI of the node that answered, such as {@code http://10.0.0.1:9200} */
	public String host() {
		return this.host;
	}

	/** @return the headers by name (case-insensitive), each with its values in order */
	public Map<String, List<String>> headers() {
		return this.headers;
	}

	/**
	 * The first value of a header.
	 * @param name the name, any case
	 * @return the value, or {@code null}
	 */
	public String header(String name) {
		List<String> values = this.headers.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	/** @return Elasticsearch's deprecation warnings ({@code Warning} headers), possibly empty */
	public List<String> warnings() {
		List<String> warnings = this.headers.get("Warning");
		return (warnings != null) ? warnings : List.of();
	}

	/** @return the body bytes, empty when there is none (shared: do not modify) */
	public byte[] body() {
		return this.body;
	}

	/** @return a new stream over the body bytes, for a streaming parse */
	public InputStream bodyStream() {
		return new ByteArrayInputStream(this.body);
	}

	/** @return the body as UTF-8 text */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * The body parsed as a JSON object.
	 * @return a new {@code LinkedHashMap}, empty when there is no body
	 * @throws IllegalArgumentException when the body is not a JSON object
	 */
	public Map<String, Object> bodyAsMap() {
		return (this.body.length == 0) ? new LinkedHashMap<>() : Json.parseMap(this.body);
	}

	/** @return the time from sending the request (first attempt) to reading this response */
	public Duration duration() {
		return this.duration;
	}

	/**
	 * How many attempts the request took: 1 when the first host answered, more when the connection
	 * sent it again (to another host) after a connection failure or a 502, 503 or 504.
	 * @return the number of attempts, at least 1
	 */
	public int attempts() {
		return this.attempts;
	}

	@Override
	public String toString() {
		return "RawResponse{status=" + this.status + ", host=" + this.host + ", bytes=" + this.body.length + "}";
	}

}
