package io.github.esdsl.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AnalysisTest {

	private static final Analyzer MY_ANALYZER = Analyzer.custom("my_analyzer")
		.tokenizer(Tokenizer.custom("trigram", "nGram", Map.of("min_gram", 3)))
		.filter("lowercase");

	@Test
	void customAnalyzerDefinitionNamesItsTokenizer() {
		assertThat(MY_ANALYZER.definition()).isEqualTo(Json.parseMap("""
				{"type": "custom", "tokenizer": "trigram", "filter": ["lowercase"]}"""));
		assertThat(MY_ANALYZER.name()).isEqualTo("my_analyzer");
		assertThat(MY_ANALYZER.isBuiltin()).isFalse();
	}

	@Test
	void analysisFragmentHoldsTheAnalyzerAndItsCustomParts() {
		Analyzer analyzer = Analyzer.custom("full")
			.tokenizer("standard")
			.filter(TokenFilter.builtin("lowercase"), TokenFilter.custom("my_stop", "stop", Map.of("stopwords", "_english_")))
			.filter("asciifolding")
			.charFilter(CharFilter.custom("dashes", "mapping", Map.of("mappings", List.of("- => _"))))
			.param("position_increment_gap", 10);
		assertThat(analyzer.toJson()).isEqualTo("{\"analyzer\":{\"full\":{\"type\":\"custom\",\"tokenizer\":\"standard\","
				+ "\"filter\":[\"lowercase\",\"my_stop\",\"asciifolding\"],\"char_filter\":[\"dashes\"],"
				+ "\"position_increment_gap\":10}},\"filter\":{\"my_stop\":{\"type\":\"stop\",\"stopwords\":\"_english_\"}},"
				+ "\"char_filter\":{\"dashes\":{\"type\":\"mapping\",\"mappings\":[\"- => _\"]}}}");
	}

	@Test
	void builtinsContributeNothingAndCannotBeConfigured() {
		assertThat(Analyzer.builtin("snowball").toMap()).isEmpty();
		assertThat(Analyzer.builtin("snowball").definition()).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> Analyzer.builtin("snowball").filter("lowercase"))
			.withMessage("Built-in analyzer 'snowball' cannot be configured (filter); define your own with Analyzer.custom(...)");
	}

	@Test
	void configuredBuiltinTypeAnalyzer() {
		Analyzer english = Analyzer.custom("english_stop", "standard", Map.of("stopwords", "_english_"));
		assertThat(english.toMap()).isEqualTo(Json.parseMap("""
				{"analyzer": {"english_stop": {"type": "standard", "stopwords": "_english_"}}}"""));
	}

	@Test
	void normalizerHasFiltersAndCharFilters() {
		Normalizer folding = Normalizer.custom("folding").filter("lowercase", "asciifolding").charFilter("html_strip");
		assertThat(folding.toMap()).isEqualTo(Json.parseMap("""
				{"normalizer": {"folding": {"type": "custom", "filter": ["lowercase", "asciifolding"],
				  "char_filter": ["html_strip"]}}}"""));
		assertThat(folding.section()).isEqualTo("normalizer");
	}

	@Test
	void multiplexerAndConditionFiltersNameAndDefineTheirFilters() {
		TokenFilter shingle = TokenFilter.custom("my_shingle", "shingle", Map.of("max_shingle_size", 3));
		TokenFilter multiplexer = TokenFilter.custom("my_multi", "multiplexer",
				Map.of("filters", List.of(List.of("lowercase", shingle), "stop")));
		TokenFilter condition = TokenFilter.custom("my_condition", "condition",
				Map.of("filter", List.of(shingle), "script", Map.of("source", "token.getTerm().length() < 5")));
		assertThat(multiplexer.toMap()).isEqualTo(Json.parseMap("""
				{"filter": {"my_multi": {"type": "multiplexer", "filters": ["lowercase, my_shingle", "stop"]},
				  "my_shingle": {"type": "shingle", "max_shingle_size": 3}}}"""));
		assertThat(condition.definition().get("filter")).isEqualTo(List.of("my_shingle"));
		assertThat(condition.toMap()).containsOnlyKeys("filter");
	}

	@Test
	void sameDefinitionTwiceMergesAndDifferentOnesConflict() {
		Analysis analysis = Analysis.of(MY_ANALYZER, MY_ANALYZER);
		assertThat(analysis.toMap()).isEqualTo(MY_ANALYZER.toMap());
		Tokenizer other = Tokenizer.custom("trigram", "nGram", Map.of("min_gram", 2));
		assertThatIllegalArgumentException().isThrownBy(() -> analysis.with(other))
			.withMessage("Conflicting definitions for tokenizer 'trigram': {type=nGram, min_gram=3} and "
					+ "{type=nGram, min_gram=2}; give one of them another name");
	}

	@Test
	void analysisFromSettingsRoundTrips() {
		Map<String, Object> settings = Json.parseMap("""
				{"analyzer": {"a": {"type": "custom", "tokenizer": "standard"}}, "filter": {"f": {"type": "stop"}}}""");
		Analysis analysis = Analysis.fromMap(settings);
		assertThat(analysis.toMap()).isEqualTo(settings);
		assertThat(analysis.definition("filter", "f")).contains(Map.of("type", "stop"));
		assertThat(analysis.definition("filter", "g")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> Analysis.fromMap(Map.of("analyzer", "x")))
			.withMessage("Analysis section 'analyzer' must be an object of name to definition, got x");
	}

	@Test
	void analyzeRequestInlinesCustomPartsAsPythonSimulate() {
		assertThat(MY_ANALYZER.analyzeRequest("Hello World!", false, List.of())).isEqualTo(Json.parseMap("""
				{"text": "Hello World!", "explain": false,
				 "tokenizer": {"type": "nGram", "min_gram": 3}, "filter": ["lowercase"]}"""));
		assertThat(Analyzer.custom("std", "standard", Map.of("max_token_length", 5))
			.analyzeRequest("x", true, List.of("keyword")))
			.isEqualTo(Json.parseMap("{\"text\": \"x\", \"explain\": true, \"attributes\": [\"keyword\"], "
					+ "\"analyzer\": \"standard\"}"));
		assertThat(Analyzer.builtin("snowball").analyzeRequest("x", false, null))
			.isEqualTo(Json.parseMap("{\"text\": \"x\", \"explain\": false, \"analyzer\": \"snowball\"}"));
	}

	@Test
	void badNamesAndTypesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Analyzer.custom(" "))
			.withMessage("Analyzer needs a name, got ' '");
		assertThatIllegalArgumentException().isThrownBy(() -> Tokenizer.custom("t", "", Map.of()))
			.withMessage("Custom Tokenizer 't' needs a type, such as \"custom\" or \"ngram\"");
		assertThatIllegalArgumentException().isThrownBy(() -> Tokenizer.custom("t", "ngram", Map.of("type", "x")))
			.withMessage("Give the type of Tokenizer 't' as the type argument, not in its parameters");
	}

	@Test
	void componentsAreValues() {
		assertThat(Analyzer.custom("a").filter("lowercase")).isEqualTo(Analyzer.custom("a").filter("lowercase"))
			.hasSameHashCodeAs(Analyzer.custom("a").filter("lowercase"));
		assertThat(Analyzer.custom("a")).isNotEqualTo(Normalizer.custom("a"));
	}

}
