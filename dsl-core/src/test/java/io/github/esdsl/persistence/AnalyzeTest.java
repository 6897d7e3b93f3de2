package io.github.esdsl.persistence;

import java.util.List;

import io.github.esdsl.analysis.Analyzer;
import io.github.esdsl.analysis.TokenFilter;
import io.github.esdsl.analysis.Tokenizer;
import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code simulate} with custom analyzers whose components need analysis-common (ngram, snowball),
 * against an in-process server answering the documented {@code _analyze} response.
 */
class AnalyzeTest {

	private static final String TOKENS = """
			{"tokens":[{"token":"qu","start_offset":0,"end_offset":2,"type":"word","position":0},\
			{"token":"qui","start_offset":0,"end_offset":3,"type":"word","position":1},\
			{"token":"ui","start_offset":1,"end_offset":3,"type":"word","position":2}]}""";

	@Test
	void simulateSendsTheCustomAnalyzerInlineAndReadsTheTokens() throws Exception {
		Analyzer analyzer = Analyzer.custom("my_ngram")
			.tokenizer(Tokenizer.custom("trigram", "ngram", java.util.Map.of("min_gram", 2, "max_gram", 3)))
			.filter(TokenFilter.builtin("lowercase"), TokenFilter.custom("my_snow", "snowball",
					java.util.Map.of("language", "English")));
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(200, TOKENS))) {
			List<AnalyzeToken> tokens = new IndexOperations(es.connection()).simulate(analyzer, "Qui");
			assertThat(tokens).containsExactly(new AnalyzeToken("qu", 0, 2, "word", 0),
					new AnalyzeToken("qui", 0, 3, "word", 1), new AnalyzeToken("ui", 1, 3, "word", 2));
			assertThat(es.requests()).singleElement().satisfies((request) -> {
				assertThat(request.method()).isEqualTo("POST");
				assertThat(request.pathAndQuery()).isEqualTo("/_analyze");
				assertThat(Json.parseMap(request.body())).isEqualTo(Json.parseMap("{\"text\":\"Qui\",\"explain\":false,"
						+ "\"tokenizer\":{\"type\":\"ngram\",\"min_gram\":2,\"max_gram\":3},"
						+ "\"filter\":[\"lowercase\",{\"type\":\"snowball\",\"language\":\"English\"}]}"));
			});
		}
	}

}
