package io.github.esdsl.benchmarks;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contenders of the response benchmarks (2a and 2b) must bind the same documents from the
 * same body, or the comparison means nothing.
 */
class ResponseContendersTest {

	@Test
	void cannedSourcesAreAboutOneKilobyteWithNestedComments() {
		double average = IntStream.range(0, 1000).map(CannedResponses::sourceSize).average().orElseThrow();
		assertThat(average).isBetween(900.0, 1200.0);
		assertThat(CannedResponses.article(42).comments()).hasSize(3);
		assertThat(CannedResponses.article(42).tags()).hasSize(3);
	}

	@Test
	void everyReaderBindsTheSameHundredArticles() {
		byte[] body = CannedResponses.searchResponse(100);
		List<Article> expected = CannedResponses.articles(100);
		assertThat(ResponseReaders.esdsl(body)).hasSize(100).isEqualTo(expected);
		assertThat(ResponseReaders.elasticsearchJava(body)).isEqualTo(expected);
		assertThat(ResponseReaders.plainDatabind(body)).isEqualTo(expected);
	}

	@Test
	void everyClientSearchesEndToEndAndBindsTheSameTenArticles() {
		List<Article> expected = CannedResponses.articles(10);
		try (CannedSearchServer server = CannedSearchServer.start(CannedResponses.searchResponse(10));
				SearchClients clients = new SearchClients(server.url())) {
			List<String> requests = server.record();
			assertThat(clients.esdsl(10)).isEqualTo(expected);
			assertThat(clients.elasticsearchJava(10)).isEqualTo(expected);
			List<ArticleEntity> entities = clients.springData(10);
			assertThat(entities.stream().map(ArticleEntity::toArticle).toList()).isEqualTo(expected);
			assertThat(entities.stream().map(ArticleEntity::getId).toList())
				.isEqualTo(IntStream.range(0, 10).mapToObj(CannedResponses::id).toList());
			assertThat(requests).hasSize(3).allSatisfy((request) -> assertThat(request).startsWith("POST /articles/_search"));
		}
	}

}
