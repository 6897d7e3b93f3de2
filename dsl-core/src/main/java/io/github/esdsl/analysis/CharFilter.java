package io.github.esdsl.analysis;

import java.util.Map;

/**
 * A char filter: built in ({@code CharFilter.builtin("html_strip")}) or custom, such as
 * {@code CharFilter.custom("dashes", "mapping", Map.of("mappings", List.of("- => _")))}.
 */
public final class CharFilter extends AnalysisComponent {

	private CharFilter(String name, String type, Map<String, ?> params) {
		super(name, type, params);
	}

	/**
	 * A char filter Elasticsearch knows by name.
	 * @param name the name
	 * @return the char filter
	 */
	public static CharFilter builtin(String name) {
		return new CharFilter(name, null, null);
	}

	/**
	 * A custom char filter: a name, the type it configures and its parameters.
	 * @param name the name other definitions refer to it by
	 * @param type the type, such as {@code mapping}
	 * @param params the parameters
	 * @return the char filter
	 */
	public static CharFilter custom(String name, String type, Map<String, ?> params) {
		return new CharFilter(name, type, params);
	}

	@Override
	public String section() {
		return "char_filter";
	}

}
