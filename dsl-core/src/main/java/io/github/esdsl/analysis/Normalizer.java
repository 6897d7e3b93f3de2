package io.github.esdsl.analysis;

import java.util.Map;

/**
 * A normalizer for {@code keyword} fields: built in ({@code Normalizer.builtin("lowercase")}) or
 * custom, from immutable steps:
 * {@code Normalizer.custom("folding").filter("lowercase", "asciifolding")}.
 */
public final class Normalizer extends AnalysisComponent {

	private Normalizer(String name, String type, Map<String, ?> params) {
		super(name, type, params);
	}

	/**
	 * A normalizer Elasticsearch knows by name.
	 * @param name the normalizer's name
	 * @return the normalizer
	 */
	public static Normalizer builtin(String name) {
		return new Normalizer(name, null, null);
	}

	/**
	 * A custom normalizer (type {@code custom}), to be given filters.
	 * @param name the normalizer's name
	 * @return the normalizer
	 */
	public static Normalizer custom(String name) {
		return new Normalizer(name, "custom", null);
	}

	/**
	 * A custom normalizer of a given type with parameters.
	 * @param name the normalizer's name
	 * @param type its type
	 * @param params its parameters
	 * @return the normalizer
	 */
	public static Normalizer custom(String name, String type, Map<String, ?> params) {
		return new Normalizer(name, type, params);
	}

	@Override
	public String section() {
		return "normalizer";
	}

	/**
	 * This normalizer with more token filters, by name, after those it has.
	 * @param filters the filter names
	 * @return a new normalizer
	 */
	public Normalizer filter(String... filters) {
		return new Normalizer(name(), type(), with("filter", append(params().get("filter"), (Object[]) filters)));
	}

	/**
	 * This normalizer with more token filters; custom ones are defined with it.
	 * @param filters the filters
	 * @return a new normalizer
	 */
	public Normalizer filter(TokenFilter... filters) {
		return new Normalizer(name(), type(), with("filter", append(params().get("filter"), (Object[]) filters)));
	}

	/**
	 * This normalizer with more char filters, by name.
	 * @param charFilters the char filter names
	 * @return a new normalizer
	 */
	public Normalizer charFilter(String... charFilters) {
		return new Normalizer(name(), type(),
				with("char_filter", append(params().get("char_filter"), (Object[]) charFilters)));
	}

	/**
	 * This normalizer with more char filters; custom ones are defined with it.
	 * @param charFilters the char filters
	 * @return a new normalizer
	 */
	public Normalizer charFilter(CharFilter... charFilters) {
		return new Normalizer(name(), type(),
				with("char_filter", append(params().get("char_filter"), (Object[]) charFilters)));
	}

}
