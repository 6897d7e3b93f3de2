package io.github.esdsl.esql;

import java.util.Map;

/**
 * Elasticsearch refused an ES|QL request: a syntax or verification error (400), a missing
 * index (400 or 404), missing privileges (403), or a server error. Carries the HTTP status and
 * Elasticsearch's error {@code type} and {@code reason}.
 */
public class EsqlException extends RuntimeException {

	private final int status;

	private final String errorType;

	private final String reason;

	/**
	 * Creates the exception.
	 * @param status the HTTP status
	 * @param errorType Elasticsearch's error type, such as {@code verification_exception}
	 * @param reason Elasticsearch's explanation
	 */
	public EsqlException(int status, String errorType, String reason) {
		super("ES|QL request failed with HTTP " + status + ((errorType != null) ? " " + errorType : "") + ": " + reason);
		this.status = status;
		this.errorType = errorType;
		this.reason = reason;
	}

	static EsqlException of(int status, byte[] body) {
		String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
		try {
			Map<String, Object> map = io.github.esdsl.json.Json.parseMap(body);
			if (map.get("error") instanceof Map<?, ?> error) {
				return new EsqlException(status, string(error.get("type")), string(error.get("reason")));
			}
			if (map.get("error") instanceof String error) {
				return new EsqlException(status, null, error);
			}
		}
		catch (IllegalArgumentException ex) {
			// not JSON: report the text
		}
		return new EsqlException(status, null, text.isEmpty() ? "(empty body)" : EsqlSyntax.abbreviate(text));
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : null;
	}

	/**
	 * The HTTP status.
	 * @return the status
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Elasticsearch's error type, such as {@code verification_exception} or
	 * {@code parsing_exception}.
	 * @return the type, or {@code null} if the answer had none
	 */
	public String errorType() {
		return this.errorType;
	}

	/**
	 * Elasticsearch's explanation, such as {@code line 1:23: Unknown column [foo]}.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

}
