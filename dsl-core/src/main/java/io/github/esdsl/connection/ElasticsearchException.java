package io.github.esdsl.connection;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.Json;

/**
 * Elasticsearch answered with an error status. Carries the status, Elasticsearch's error
 * {@code type} and {@code reason}, the {@code index} the error is about, and the whole
 * {@code error} object. Subclasses exist for the statuses callers often handle:
 * {@link BadRequestException} (400), {@link AuthenticationException} (401),
 * {@link AuthorizationException} (403), {@link NotFoundException} (404) and
 * {@link ConflictException} (409).
 */
public class ElasticsearchException extends TransportException {

	private static final long serialVersionUID = 1L;

	private static final int MAX_TEXT = 500;

	private final int status;

	private final String errorType;

	private final String reason;

	private final String index;

	private final String host;

	private final transient Map<String, Object> error;

	ElasticsearchException(ErrorDetails details, String method, String path, String host) {
		this(details.message(method, path), details, method, path, host);
	}

	ElasticsearchException(String message, ErrorDetails details, String method, String path, String host) {
		super(message, method, path, null);
		this.status = details.status;
		this.errorType = details.type;
		this.reason = details.reason;
		this.index = details.index;
		this.host = host;
		this.error = Collections.unmodifiableMap(details.error);
	}

	/**
	 * The exception for an error response body, of the subclass matching the status. Usable for
	 * the items of {@code _msearch} and {@code _bulk} responses too.
	 * @param status the HTTP status (or the item's {@code status})
	 * @param body the response body ({@code {"error": {...}, "status": N}}) or just the error object
	 * @param method the request method
	 * @param path the request path
	 * @return the exception (not thrown)
	 */
	public static ElasticsearchException of(int status, Map<String, ?> body, String method, String path) {
		return create(ErrorDetails.from(status, body), method, path, null);
	}

	static ElasticsearchException of(int status, byte[] body, String method, String path, String host) {
		return create(ErrorDetails.from(status, body), method, path, host);
	}

	/**
	 * The exception for an error response to a request sent with the given credentials: a 401
	 * says that authentication failed, on which host and with what kind of credentials.
	 */
	static ElasticsearchException of(int status, byte[] body, String method, String path, String host,
			String credentials) {
		ErrorDetails details = ErrorDetails.from(status, body);
		if (status == 401) {
			return new AuthenticationException(AuthenticationException.message(details, method, path, host,
					credentials), details, method, path, host);
		}
		return create(details, method, path, host);
	}

	private static ElasticsearchException create(ErrorDetails details, String method, String path, String host) {
		return switch (details.status) {
			case 400 -> new BadRequestException(details, method, path, host);
			case 401 -> new AuthenticationException(details, method, path, host);
			case 403 -> new AuthorizationException(details, method, path, host);
			case 404 -> new NotFoundException(details, method, path, host);
			case 409 -> new ConflictException(details, method, path, host);
			default -> new ElasticsearchException(details, method, path, host);
		};
	}

	/** @return the HTTP status */
	public int status() {
		return this.status;
	}

	/** @return Elasticsearch's error type such as {@code index_not_found_exception}, or {@code null} */
	public String errorType() {
		return this.errorType;
	}

	/** @return Elasticsearch's reason such as {@code no such index [logs]}, or {@code null} */
	public String reason() {
		return this.reason;
	}

	/** @return the index the error is about, or {@code null} */
	public String index() {
		return this.index;
	}

	/** @return the node that answered, or {@code null} when not known */
	public String host() {
		return this.host;
	}

	/** @return the {@code error} object of the body (root causes, caused_by, ...), possibly empty */
	public Map<String, Object> error() {
		return (this.error != null) ? this.error : Map.of();
	}

	/**
	 * What one error response says.
	 */
	static final class ErrorDetails {

		final int status;

		String type;

		String reason;

		String index;

		String rootCause;

		Map<String, Object> error = new LinkedHashMap<>();

		private ErrorDetails(int status) {
			this.status = status;
		}

		static ErrorDetails from(int status, byte[] body) {
			if (body == null || body.length == 0) {
				return new ErrorDetails(status);
			}
			try {
				return from(status, Json.parseMap(body));
			}
			catch (IllegalArgumentException ex) {
				ErrorDetails details = new ErrorDetails(status);
				details.reason = abbreviate(new String(body, StandardCharsets.UTF_8).strip());
				return details;
			}
		}

		@SuppressWarnings("unchecked")
		static ErrorDetails from(int status, Map<String, ?> body) {
			ErrorDetails details = new ErrorDetails(status);
			if (body == null) {
				return details;
			}
			Object error = body.containsKey("error") ? body.get("error") : (body.containsKey("type") ? body : null);
			if (error instanceof Map<?, ?> map) {
				details.error = new LinkedHashMap<>((Map<String, Object>) map);
				details.type = text(map.get("type"));
				details.reason = text(map.get("reason"));
				details.index = text(map.get("index"));
				Object causes = map.get("root_cause");
				if (causes instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> cause) {
					if (details.index == null) {
						details.index = text(cause.get("index"));
					}
					String causeType = text(cause.get("type"));
					String causeReason = text(cause.get("reason"));
					if (causeReason != null && !causeReason.equals(details.reason)) {
						details.rootCause = (causeType != null) ? causeType + ": " + causeReason : causeReason;
					}
				}
			}
			else if (error != null) {
				details.reason = abbreviate(String.valueOf(error));
			}
			if (details.index == null) {
				details.index = text(body.get("_index"));
			}
			return details;
		}

		String message(String method, String path) {
			return method + " " + path + " failed with " + detail();
		}

		/**
		 * The status, type, reason, index and root cause, as {@code status 404: type - reason}.
		 */
		String detail() {
			StringBuilder message = new StringBuilder("status ").append(this.status);
			if (this.type != null) {
				message.append(": ").append(this.type);
			}
			if (this.reason != null) {
				message.append((this.type != null) ? " - " : ": ").append(this.reason);
			}
			if (this.index != null) {
				message.append(" [index: ").append(this.index).append(']');
			}
			if (this.rootCause != null) {
				message.append("; root cause: ").append(abbreviate(this.rootCause));
			}
			return message.toString();
		}

		private static String text(Object value) {
			return (value != null) ? value.toString() : null;
		}

		private static String abbreviate(String text) {
			return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 3) + "...";
		}

	}

}
