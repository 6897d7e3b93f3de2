package io.github.esdsl.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An analyzer: built in ({@code Analyzer.builtin("snowball")}) or custom, built from immutable
 * steps that each return a new analyzer:
 *
 * <pre>{@code
 * Analyzer htmlStrip = Analyzer.custom("html_strip")
 *     .tokenizer("standard")
 *     .filter("lowercase", "stop", "snowball")
 *     .charFilter("html_strip");
 * Analyzer trigrams = Analyzer.custom("my_analyzer")
 *     .tokenizer(Tokenizer.custom("trigram", "ngram", Map.of("min_gram", 3, "max_gram", 3)))
 *     .filter("lowercase");
 * }</pre>
 *
 * Custom tokenizers, filters and char filters it uses are defined in the index settings with it.
 */
public final class Analyzer extends AnalysisComponent {

	private Analyzer(String name, String type, Map<String, ?> params) {
		super(name, type, params);
	}

	/**
	 * An analyzer Elasticsearch knows by name ({@code standard}, {@code english}, {@code snowball}, ...).
	 * @param name the analyzer's name
	 * @return the analyzer
	 */
	public static Analyzer builtin(String name) {
		return new Analyzer(name, null, null);
	}

	/**
	 * A custom analyzer of type {@code custom}, to be given a tokenizer and filters.
	 * @param name the analyzer's name
	 * @return the analyzer
	 */
	public static Analyzer custom(String name) {
		return new Analyzer(name, "custom", null);
	}

	/**
	 * A configured analyzer of another type, such as
	 * {@code Analyzer.custom("english_stop", "standard", Map.of("stopwords", "_english_"))}.
	 * @param name the analyzer's name
	 * @param type the analyzer type
	 * @param params its parameters
	 * @return the analyzer
	 */
	public static Analyzer custom(String name, String type, Map<String, ?> params) {
		return new Analyzer(name, type, params);
	}

	@Override
	public String section() {
		return "analyzer";
	}

	/**
	 * This analyzer with a built-in tokenizer.
	 * @param tokenizer the tokenizer's name
	 * @return a new analyzer
	 */
	public Analyzer tokenizer(String tokenizer) {
		return new Analyzer(name(), type(), with("tokenizer", tokenizer));
	}

	/**
	 * This analyzer with a tokenizer, defined with it if custom.
	 * @param tokenizer the tokenizer
	 * @return a new analyzer
	 */
	public Analyzer tokenizer(Tokenizer tokenizer) {
		return new Analyzer(name(), type(), with("tokenizer", tokenizer));
	}

	/**
	 * This analyzer with more token filters, by name, after those it has.
	 * @param filters the filter names
	 * @return a new analyzer
	 */
	public Analyzer filter(String... filters) {
		return new Analyzer(name(), type(), with("filter", append(params().get("filter"), (Object[]) filters)));
	}

	/**
	 * This analyzer with more token filters after those it has; custom ones are defined with it.
	 * @param filters the filters
	 * @return a new analyzer
	 */
	public Analyzer filter(TokenFilter... filters) {
		return new Analyzer(name(), type(), with("filter", append(params().get("filter"), (Object[]) filters)));
	}

	/**
	 * This analyzer with more char filters, by name, after those it has.
	 * @param charFilters the char filter names
	 * @return a new analyzer
	 */
	public Analyzer charFilter(String... charFilters) {
		return new Analyzer(name(), type(),
				with("char_filter", append(params().get("char_filter"), (Object[]) charFilters)));
	}

	/**
	 * This analyzer with more char filters after those it has; custom ones are defined with it.
	 * @param charFilters the char filters
	 * @return a new analyzer
	 */
	public Analyzer charFilter(CharFilter... charFilters) {
		return new Analyzer(name(), type(),
				with("char_filter", append(params().get("char_filter"), (Object[]) charFilters)));
	}

	/**
	 * This analyzer with another parameter, such as {@code position_increment_gap}.
	 * @param key the parameter's name
	 * @param value its value
	 * @return a new analyzer
	 */
	public Analyzer param(String key, Object value) {
		return new Analyzer(name(), type(), with(key, value));
	}

	/**
	 * The body of an {@code _analyze} request that runs this analyzer on a text without an index,
	 * as Python's {@code simulate}: a built-in analyzer by name, a custom one as its tokenizer,
	 * filters and char filters with their definitions inline.
	 * @param text the text to analyze
	 * @param explain whether to ask for every token attribute
	 * @param attributes the token attributes to keep when explaining (may be empty)
	 * @return the request body
	 */
	public Map<String, Object> analyzeRequest(String text, boolean explain, List<String> attributes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text", text);
		body.put("explain", explain);
		if (attributes != null && !attributes.isEmpty()) {
			body.put("attributes", List.copyOf(attributes));
		}
		if (isBuiltin()) {
			body.put("analyzer", name());
			return body;
		}
		for (String section : List.of("tokenizer", "char_filter", "filter")) {
			Object value = params().get(section);
			if (value != null) {
				body.put(section, inline(value));
			}
		}
		if (!"custom".equals(type())) {
			body.put("analyzer", type());
		}
		return body;
	}

	private static Object inline(Object value) {
		if (value instanceof AnalysisComponent component) {
			return component.isBuiltin() ? component.name() : component.definition();
		}
		if (value instanceof List<?> items) {
			return items.stream().map(Analyzer::inline).toList();
		}
		return value;
	}

}
