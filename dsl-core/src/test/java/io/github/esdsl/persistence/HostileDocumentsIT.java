package io.github.esdsl.persistence;

import java.util.ArrayList;
import java.util.List;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.json.HostileStrings;
import io.github.esdsl.query.Q;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile strings (quotes, backslashes, every control character, NUL, surrogate pairs,
 * right-to-left marks, JSON-looking text, 1 MB) saved in document fields and ids come back
 * exactly from get and from a search that matches them, against the real node.
 */
@WithElasticsearch
class HostileDocumentsIT {

	private static Connection connection;

	private static DocumentOperations operations;

	private static String index;

	@BeforeAll
	static void connect(ElasticsearchEndpoint node) {
		connection = Nodes.connect(node);
		index = Nodes.uniqueIndex("hostile");
		operations = new DocumentOperations(connection).on(index);
		operations.init(Article.class);
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	@Test
	void everyHostileStringRoundTripsThroughSaveGetAndSearch() {
		List<String> values = HostileStrings.short_();
		List<Article> saved = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			// the id too: it travels in the URL path, so it must be encoded, not interpreted
			Article article = new Article("id " + i + " " + value.replace("\u0000", ""), value, value, i);
			article.comments.add(new Article.Comment(value, value));
			operations.save(article);
			saved.add(article);
		}
		operations.indices().refresh(index);
		for (Article article : saved) {
			Article read = operations.get(Article.class, article.id).orElseThrow().document();
			assertSame(read, article);
			List<DocumentHit<Article>> hits = operations.search(Article.class,
					io.github.esdsl.search.Search.of().query(Q.term("author", article.author)).extra("size", 50));
			assertThat(hits).as("term query on %s", HostileStrings.label(article.author)).singleElement()
				.satisfies((hit) -> {
					assertThat(hit.id()).isEqualTo(article.id);
					assertSame(hit.document(), article);
				});
		}
	}

	@Test
	void oneMegabyteTextFieldRoundTrips() {
		Article article = new Article("big", HostileStrings.ONE_MEGABYTE, "big-author", 1);
		article.comments.add(new Article.Comment("c", HostileStrings.ONE_MEGABYTE));
		operations.save(article, SaveOptions.defaults().refresh(Refresh.TRUE));
		assertSame(operations.get(Article.class, "big").orElseThrow().document(), article);
		List<DocumentHit<Article>> hits = operations.search(Article.class,
				io.github.esdsl.search.Search.of().query(Q.ids("big")));
		assertThat(hits).singleElement().satisfies((hit) -> assertSame(hit.document(), article));
	}

	private static void assertSame(Article read, Article written) {
		assertThat(read.id).isEqualTo(written.id);
		assertThat(read.title).isEqualTo(written.title);
		assertThat(read.author).isEqualTo(written.author);
		assertThat(read.likes).isEqualTo(written.likes);
		assertThat(read.comments).singleElement().satisfies((comment) -> {
			assertThat(comment.author).isEqualTo(written.comments.get(0).author);
			assertThat(comment.content).isEqualTo(written.comments.get(0).content);
		});
	}

}
