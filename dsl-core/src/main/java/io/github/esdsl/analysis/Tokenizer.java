package io.github.esdsl.analysis;

import java.util.Map;

/**
 * A tokenizer: built in ({@code Tokenizer.builtin("standard")}) or custom, such as
 * {@code Tokenizer.custom("trigram", "ngram", Map.of("min_gram", 3, "max_gram", 3))}.
 */
public final class Tokenizer extends AnalysisComponent {

	private Tokenizer(String name, String type, Map<String, ?> params) {
		super(name, type, params);
	}

	/**
	 * A tokenizer Elasticsearch knows by name.
	 * @param name the name
	 * @return the tokenizer
	 */
	public static Tokenizer builtin(String name) {
		return new Tokenizer(name, null, null);
	}

	/**
	 * A custom tokenizer: a name, the type it configures and its parameters.
	 * @param name the name other definitions refer to it by
	 * @param type the type, such as {@code ngram}
	 * @param params the parameters
	 * @return the tokenizer
	 */
	public static Tokenizer custom(String name, String type, Map<String, ?> params) {
		return new Tokenizer(name, type, params);
	}

	@Override
	public String section() {
		return "tokenizer";
	}

}
