package io.github.esdsl.analysis;

import java.util.Map;

/**
 * A token filter: built in ({@code TokenFilter.builtin("lowercase")}) or custom, such as
 * {@code TokenFilter.custom("english_stop", "stop", Map.of("stopwords", "_english_"))}.
 *
 * <p>Parameters may hold other token filters (a {@code condition} filter's {@code filter} list, or
 * a {@code multiplexer}'s {@code filters}, where an inner list is one comma-delimited chain):
 * they are written by name and custom ones are defined alongside.
 */
public final class TokenFilter extends AnalysisComponent {

	private TokenFilter(String name, String type, Map<String, ?> params) {
		super(name, type, params);
	}

	/**
	 * A token filter Elasticsearch knows by name.
	 * @param name the name
	 * @return the token filter
	 */
	public static TokenFilter builtin(String name) {
		return new TokenFilter(name, null, null);
	}

	/**
	 * A custom token filter: a name, the type it configures and its parameters.
	 * @param name the name other definitions refer to it by
	 * @param type the type, such as {@code stop}
	 * @param params the parameters
	 * @return the token filter
	 */
	public static TokenFilter custom(String name, String type, Map<String, ?> params) {
		return new TokenFilter(name, type, params);
	}

	@Override
	public String section() {
		return "filter";
	}

}
