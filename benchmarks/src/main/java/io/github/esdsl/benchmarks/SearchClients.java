package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.SearchHit;

/**
 * The contenders of benchmark 2b, each connected to the same server and running the same search
 * (a {@code match} on {@code title}, {@code size} hits) through its whole client: esdsl's
 * {@link Search} on a {@link Connection}; elasticsearch-java's {@link ElasticsearchClient} over
 * {@link Rest5ClientTransport} with its Jackson 3 mapper; and Spring Data Elasticsearch's
 * {@link ElasticsearchTemplate} on an elasticsearch-java client of its own, as Spring Boot
 * wires it. All three use the low-level {@link Rest5Client}.
 */
final class SearchClients implements AutoCloseable {

	private final Connection connection;

	private final ElasticsearchClient typed;

	private final ElasticsearchClient springClient;

	private final ElasticsearchTemplate template;

	SearchClients(String url) {
		this.connection = Connection.create(ConnectionSettings.of(url));
		this.typed = new ElasticsearchClient(
				new Rest5ClientTransport(Rest5Client.builder(URI.create(url)).build(), new Jackson3JsonpMapper()));
		// wired as Spring Boot wires Spring Data: the template on an ElasticsearchClient of its own
		this.springClient = new ElasticsearchClient(
				new Rest5ClientTransport(Rest5Client.builder(URI.create(url)).build(), new Jackson3JsonpMapper()));
		this.template = new ElasticsearchTemplate(this.springClient);
	}

	List<Article> esdsl(int size) {
		return Search.of(Article.class)
			.using(this.connection)
			.query(Q.match("title", "elasticsearch"))
			.size(size)
			.execute()
			.documents();
	}

	List<Article> elasticsearchJava(int size) {
		try {
			List<Hit<Article>> hits = this.typed
				.search((s) -> s.index("articles")
					.query((q) -> q.match((m) -> m.field("title").query("elasticsearch")))
					.size(size), Article.class)
				.hits()
				.hits();
			List<Article> articles = new ArrayList<>(hits.size());
			for (Hit<Article> hit : hits) {
				articles.add(hit.source());
			}
			return articles;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<ArticleEntity> springData(int size) {
		NativeQuery query = NativeQuery.builder()
			.withQuery((q) -> q.match((m) -> m.field("title").query("elasticsearch")))
			.withPageable(PageRequest.of(0, size))
			.build();
		List<SearchHit<ArticleEntity>> hits = this.template.search(query, ArticleEntity.class).getSearchHits();
		List<ArticleEntity> articles = new ArrayList<>(hits.size());
		for (SearchHit<ArticleEntity> hit : hits) {
			articles.add(hit.getContent());
		}
		return articles;
	}

	@Override
	public void close() {
		this.connection.close();
		closeQuietly(this.typed);
		closeQuietly(this.springClient);
	}

	private static void closeQuietly(ElasticsearchClient client) {
		try {
			client._transport().close();
		}
		catch (IOException ex) {
			// closing at the end of a trial: nothing left to do
		}
	}

}
