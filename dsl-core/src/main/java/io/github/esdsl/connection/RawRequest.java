package io.github.esdsl.connection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;

/**
 * One HTTP request to Elasticsearch with our own body bytes. Immutable: {@link #param}, {@link #body},
 * {@link #header} and the other builders return a new request.
 *
 * <pre>{@code
 * RawRequest request = RawRequest.post(RawRequest.pathOf("my-index", "_search"))
 *     .param("routing", "user-1")
 *     .body(search)            // a Map, a JsonWritable, JSON text or bytes
 *     .operation("search");
 * }</pre>
 *
 * The path is sent as given (build it with {@link #pathOf(String...)} to encode names and ids);
 * parameters are encoded here. An error status raises an {@link ElasticsearchException} unless
 * it is listed with {@link #ignore(int...)}.
 */
public final class RawRequest {

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "HEAD", "PATCH");

	private final String method;

	private final String path;

	private final Map<String, String> params;

	private final Map<String, String> headers;

	private final byte[] body;

	private final boolean ndjson;

	private final String operation;

	private final Set<Integer> ignored;

	private RawRequest(String method, String path, Map<String, String> params, Map<String, String> headers,
			byte[] body, boolean ndjson, String operation, Set<Integer> ignored) {
		this.method = method;
		this.path = path;
		this.params = params;
		this.headers = headers;
		this.body = body;
		this.ndjson = ndjson;
		this.operation = operation;
		this.ignored = ignored;
	}

	/**
	 * A request without parameters or body.
	 * @param method GET, POST, PUT, DELETE, HEAD or PATCH (any case)
	 * @param path an encoded path such as {@code /my-index/_search}; see {@link #pathOf(String...)}
	 * @return the request
	 * @throws IllegalArgumentException for an unknown method or a path with a query or unencoded
	 * characters
	 */
	public static RawRequest of(String method, String path) {
		Objects.requireNonNull(method, "method must not be null");
		String upper = method.toUpperCase(Locale.ROOT);
		if (!METHODS.contains(upper)) {
			throw new IllegalArgumentException("Unsupported HTTP method '" + method + "': use one of " + METHODS);
		}
		Objects.requireNonNull(path, "path must not be null");
		if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
			throw new IllegalArgumentException(
					"Path '" + path + "' must not contain a query or fragment: use param(name, value) instead");
		}
		if (!UrlEncoding.isEncodedPath(path)) {
			throw new IllegalArgumentException("Path '" + path
					+ "' has characters that must be encoded: build it with RawRequest.pathOf(segments...)");
		}
		String absolute = path.startsWith("/") ? path : "/" + path;
		return new RawRequest(upper, absolute, Map.of(), Map.of(), null, false, null, Set.of());
	}

	/**
	 * A GET request.
	 * @param path the encoded path
	 * @return the request
	 */
	public static RawRequest get(String path) {
		return of("GET", path);
	}

	/**
	 * A POST request.
	 * @param path the encoded path
	 * @return the request
	 */
	public static RawRequest post(String path) {
		return of("POST", path);
	}

	/**
	 * A PUT request.
	 * @param path the encoded path
	 * @return the request
	 */
	public static RawRequest put(String path) {
		return of("PUT", path);
	}

	/**
	 * A DELETE request.
	 * @param path the encoded path
	 * @return the request
	 */
	public static RawRequest delete(String path) {
		return of("DELETE", path);
	}

	/**
	 * A HEAD request.
	 * @param path the encoded path
	 * @return the request
	 */
	public static RawRequest head(String path) {
		return of("HEAD", path);
	}

	/**
	 * Builds an encoded path from raw segments: {@code pathOf("my-index", "_doc", "a/b c")} is
	 * {@code /my-index/_doc/a%2Fb%20c}. Commas and {@code *} stay as they are, so
	 * {@code pathOf("logs-*,metrics", "_search")} keeps its index list.
	 * @param segments the segments, none empty
	 * @return the path, starting with {@code /}
	 */
	public static String pathOf(String... segments) {
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			if (segment == null || segment.isEmpty()) {
				throw new IllegalArgumentException("Path segment " + (i + 1) + " of " + segments.length
						+ " is " + ((segment == null) ? "null" : "empty") + "; an index name or id is missing");
			}
			path.append('/').append(UrlEncoding.segment(segment));
		}
		return (path.length() > 0) ? path.toString() : "/";
	}

	/**
	 * Adds a URL parameter, replacing one of the same name.
	 * @param name the name
	 * @param value a String, Number, Boolean, Enum (lower-cased name), Duration (sent as
	 * milliseconds) or a Collection/array of them (comma-separated); {@code null} removes the parameter
	 * @return the new request
	 */
	public RawRequest param(String name, Object value) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("Parameter name must not be empty");
		}
		Map<String, String> params = new LinkedHashMap<>(this.params);
		if (value == null) {
			params.remove(name);
		}
		else {
			params.put(name, UrlEncoding.paramValue(name, value));
		}
		return new RawRequest(this.method, this.path, Collections.unmodifiableMap(params), this.headers, this.body,
				this.ndjson, this.operation, this.ignored);
	}

	/**
	 * Adds URL parameters, as {@link #param(String, Object)} does for each.
	 * @param params names and values
	 * @return the new request
	 */
	public RawRequest params(Map<String, ?> params) {
		RawRequest request = this;
		for (Map.Entry<String, ?> entry : params.entrySet()) {
			request = request.param(entry.getKey(), entry.getValue());
		}
		return request;
	}

	/**
	 * Adds a header for this request only (it wins over a connection header of the same name).
	 * @param name the name
	 * @param value the value
	 * @return the new request
	 */
	public RawRequest header(String name, String value) {
		SettingsChecks.header(name, value);
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new RawRequest(this.method, this.path, this.params, Collections.unmodifiableMap(headers), this.body,
				this.ndjson, this.operation, this.ignored);
	}

	/**
	 * Sets the JSON body.
	 * @param json a {@code Map}, {@link JsonWritable} or {@code List} (written with {@link Json}),
	 * a {@code String} of JSON text, UTF-8 JSON {@code byte[]} (sent as is, not copied), or
	 * {@code null} for no body
	 * @return the new request
	 */
	public RawRequest body(Object json) {
		byte[] bytes = (json != null) ? bytes(json) : null;
		return withBody(bytes, false);
	}

	/**
	 * Sets an NDJSON body (for {@code _msearch} and {@code _bulk}): each line is written as compact
	 * JSON and ended with a newline.
	 * @param lines maps, {@link JsonWritable}s, JSON text strings or UTF-8 JSON byte arrays
	 * @return the new request
	 */
	public RawRequest ndjson(Collection<?> lines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * Math.max(1, lines.size()));
		int number = 0;
		for (Object line : lines) {
			number++;
			if (line == null) {
				throw new IllegalArgumentException("NDJSON line " + number + " is null");
			}
			if (line instanceof byte[] || line instanceof CharSequence) {
				byte[] bytes = bytes(line);
				for (byte b : bytes) {
					if (b == '\n' || b == '\r') {
						throw new IllegalArgumentException("NDJSON line " + number + " contains a line break");
					}
				}
				out.writeBytes(bytes);
			}
			else {
				Json.writeTo(out, line);
			}
			out.write('\n');
		}
		return withBody(out.toByteArray(), true);
	}

	/**
	 * Sets an NDJSON body built by the caller (every line, the last included, ends with {@code \n}).
	 * @param ndjson the UTF-8 bytes, not copied
	 * @return the new request
	 */
	public RawRequest ndjson(byte[] ndjson) {
		if (ndjson.length > 0 && ndjson[ndjson.length - 1] != '\n') {
			throw new IllegalArgumentException("An NDJSON body must end with a newline");
		}
		return withBody(ndjson, true);
	}

	/**
	 * Names the operation for {@link RequestListener}s, such as {@code search} or {@code bulk}.
	 * @param operation the name
	 * @return the new request
	 */
	public RawRequest operation(String operation) {
		return new RawRequest(this.method, this.path, this.params, this.headers, this.body, this.ndjson,
				SettingsChecks.text(operation, "operation"), this.ignored);
	}

	/**
	 * Statuses answered with a {@link RawResponse} instead of an exception (like Python's
	 * {@code ignore=404}).
	 * @param statuses HTTP statuses from 400 to 599
	 * @return the new request
	 */
	public RawRequest ignore(int... statuses) {
		Set<Integer> ignored = new LinkedHashSet<>(this.ignored);
		for (int status : statuses) {
			if (status < 400 || status > 599) {
				throw new IllegalArgumentException("Only error statuses (400-599) can be ignored, not " + status);
			}
			ignored.add(status);
		}
		return new RawRequest(this.method, this.path, this.params, this.headers, this.body, this.ndjson,
				this.operation, Collections.unmodifiableSet(ignored));
	}

	private RawRequest withBody(byte[] body, boolean ndjson) {
		if (body != null && this.method.equals("HEAD")) {
			throw new IllegalArgumentException("A HEAD request cannot have a body: " + this);
		}
		return new RawRequest(this.method, this.path, this.params, this.headers, body, ndjson, this.operation,
				this.ignored);
	}

	private static byte[] bytes(Object json) {
		if (json instanceof byte[] bytes) {
			return bytes;
		}
		if (json instanceof CharSequence text) {
			return text.toString().getBytes(StandardCharsets.UTF_8);
		}
		return Json.toBytes(json);
	}

	/** @return the HTTP method, upper case */
	public String method() {
		return this.method;
	}

	/** @return the encoded path, starting with {@code /} (without the connection's path prefix) */
	public String path() {
		return this.path;
	}

	/** @return the URL parameters as text, in order */
	public Map<String, String> params() {
		return this.params;
	}

	/** @return the request's own headers */
	public Map<String, String> headers() {
		return this.headers;
	}

	/** @return the body bytes (not a copy: do not modify), or {@code null} */
	public byte[] body() {
		return this.body;
	}

	/** @return whether the body is NDJSON rather than one JSON document */
	public boolean isNdjson() {
		return this.ndjson;
	}

	/**
	 * The operation name: the one given, else the first path segment starting with {@code _}
	 * without it ({@code search} for {@code /idx/_search}), else {@code request}.
	 * @return the name
	 */
	public String operation() {
		if (this.operation != null) {
			return this.operation;
		}
		for (String segment : this.path.split("/")) {
			if (segment.length() > 1 && segment.charAt(0) == '_') {
				return segment.substring(1);
			}
		}
		return "request";
	}

	/**
	 * Whether an error status is answered with a response rather than an exception.
	 * @param status the status
	 * @return whether it is ignored
	 */
	public boolean ignores(int status) {
		return this.ignored.contains(status);
	}

	/** @return the path and the encoded query string, as sent (without the path prefix) */
	public String pathAndQuery() {
		return this.params.isEmpty() ? this.path : this.path + "?" + UrlEncoding.query(this.params);
	}

	/**
	 * Method, path, parameters, header names (secret values masked) and body size; never the body.
	 */
	@Override
	public String toString() {
		String text = this.method + " " + pathAndQuery();
		if (!this.headers.isEmpty()) {
			text += " " + Secrets.headers(this.headers);
		}
		return (this.body != null) ? text + " (" + this.body.length + " bytes" + (this.ndjson ? " ndjson)" : ")")
				: text;
	}

}
