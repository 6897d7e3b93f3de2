package io.github.esdsl.readme;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.document.DocumentIndexAutoConfiguration;
import io.github.esdsl.autoconfigure.template.SearchTemplateAutoConfiguration;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.persistence.Refresh;
import io.github.esdsl.persistence.SaveOptions;
import io.github.esdsl.query.Q;
import io.github.esdsl.spring.SearchTemplate;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's quick start, as written there, against the real node: the application context
 * creates the {@code blog} template at startup and the service finds posts.
 */
@WithElasticsearch
class ReadmeQuickStartIT {

	// --- the README's code, unchanged

	@Document(index = "blog")
	record Post(@Id String id, String title, @Field(type = FieldType.KEYWORD) List<String> tags, Instant published) {
	}

	static class PostSearch {

		private final SearchTemplate template;

		PostSearch(SearchTemplate template) {
			this.template = template;
		}

		List<Post> find(String text) {
			return this.template.search(Post.class)
				.query(Q.match("title", text).or(Q.term("tags", text)))
				.filter(Q.range("published", (r) -> r.gte("now-1y")))
				.sort("-published")
				.slice(0, 10)
				.execute()
				.documents();
		}

	}

	// --- the check

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				DocumentIndexAutoConfiguration.class, SearchTemplateAutoConfiguration.class))
		.withPropertyValues("elasticsearch.dsl.documents.packages=io.github.esdsl.readme")
		.withBean(PostSearch.class);

	@Test
	void quickStartServiceFindsRecentPostsByTitleOrTag(ElasticsearchEndpoint endpoint) {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + endpoint.uri())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SearchTemplate template = context.getBean(SearchTemplate.class);
				Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
				SaveOptions refresh = SaveOptions.defaults().refresh(Refresh.TRUE);
				template.save(new Post("1", "Spring and Elasticsearch", List.of("java"), now.minus(2, ChronoUnit.DAYS)), refresh);
				template.save(new Post("2", "Python notes", List.of("spring"), now.minus(1, ChronoUnit.DAYS)), refresh);
				template.save(new Post("3", "Spring of 2001", List.of("history"), now.minus(900, ChronoUnit.DAYS)), refresh);
				template.save(new Post("4", "Unrelated", List.of("misc"), now), refresh);

				List<Post> found = context.getBean(PostSearch.class).find("spring");

				assertThat(found).extracting(Post::title).containsExactly("Python notes", "Spring and Elasticsearch");
				assertThat(found.get(0).tags()).containsExactly("spring");
				assertThat(found.get(0).published()).isEqualTo(now.minus(1, ChronoUnit.DAYS));
				assertThat(template.connection().perform(io.github.esdsl.connection.RawRequest.get("/_index_template/blog"))
					.bodyAsString()).contains("\"index_patterns\":[\"blog\"]");
			});
	}

}
