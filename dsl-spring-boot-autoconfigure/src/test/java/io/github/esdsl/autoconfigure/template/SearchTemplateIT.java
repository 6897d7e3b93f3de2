package io.github.esdsl.autoconfigure.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.esql.Esql;
import io.github.esdsl.persistence.DocumentHit;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.MultiSearch;
import io.github.esdsl.search.Response;
import io.github.esdsl.search.Search;
import io.github.esdsl.search.UpdateByQuery;
import io.github.esdsl.search.UpdateByQueryResponse;
import io.github.esdsl.spring.SearchTemplate;
import io.github.esdsl.test.ElasticsearchCapabilities;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link SearchTemplate} beans against the real node: documents saved through the template,
 * pages, counts, reads, iteration, multi-search, ES|QL and update by query.
 */
@WithElasticsearch
class SearchTemplateIT {

	private static final String INDEX = "esdsl-template-books";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class, SearchTemplateAutoConfiguration.class))
		.withPropertyValues("elasticsearch.dsl.index-management=none");

	@Test
	void documentsSavedThroughTheTemplateArePagedCountedAndRead(ElasticsearchEndpoint endpoint) {
		String url = endpoint.uri().toString();
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + url,
					"elasticsearch.dsl.connections.analytics.hosts=" + url)
			.run((context) -> {
				SearchTemplate template = context.getBean(SearchTemplate.class);
				saveBooks(template);

				Search<Book> all = template.search(Book.class);
				Page<Book> page = template.search(all, PageRequest.of(1, 10, Sort.by(Sort.Direction.DESC, "year")));
				assertThat(page.getTotalElements()).isEqualTo(25);
				assertThat(page.getTotalPages()).isEqualTo(3);
				assertThat(page.getNumber()).isEqualTo(1);
				assertThat(page.getContent()).extracting(Book::year)
					.containsExactlyElementsOf(years(2005, 1996));

				Page<Book> last = template.page(all.filter(Q.term("shelf", "odd")),
						PageRequest.of(1, 10, Sort.by("year")));
				assertThat(last.getTotalElements()).isEqualTo(13);
				assertThat(last.isLast()).isTrue();
				assertThat(last.getContent()).extracting(Book::id).containsExactly("b21", "b23", "b25");

				assertThat(template.count(all.filter(Q.term("shelf", "even")))).isEqualTo(12);
				assertThat(template.get(Book.class, "b7").map(DocumentHit::document))
					.contains(new Book("b7", "Book 7", 1997, "odd"));
				assertThat(template.get(Book.class, "missing")).isEmpty();
				assertThat(template.mget(Book.class, List.of("b1", "b2"))).extracting((hit) -> hit.document().year())
					.containsExactly(1991, 1992);

				try (Stream<Book> books = template.iterate(all)) {
					assertThat(books.map(Book::id)).hasSize(25).doesNotHaveDuplicates();
				}
				List<Response<?>> both = template.multiSearch(MultiSearch.of()
					.add(all.filter(Q.term("shelf", "odd")))
					.add(all.filter(Q.term("shelf", "even"))));
				assertThat(both).extracting((response) -> response.total().value()).containsExactly(13L, 12L);
				SearchTemplate analytics = context.getBean("analyticsSearchTemplate", SearchTemplate.class);
				assertThat(analytics.count(analytics.search(INDEX))).isEqualTo(25);
				assertThat(template.delete(Book.class, "b1")).isTrue();
				template.indices().delete(INDEX);
			});
	}

	@Test
	void esqlAndUpdateByQueryRunOnTheTemplateConnection(ElasticsearchEndpoint endpoint) {
		ElasticsearchCapabilities.of(endpoint).assumeFullDistribution();
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + endpoint.uri())
			.run((context) -> {
				SearchTemplate template = context.getBean(SearchTemplate.class);
				saveBooks(template);
				assertThat(template.esql().execute(Esql.from(Book.class)).rows()).hasSize(25);
				UpdateByQueryResponse moved = template.updateByQuery(UpdateByQuery.of(Book.class)
					.filter(Q.term("shelf", "odd"))
					.script("ctx._source.shelf = 'moved'")
					.params(Map.of("refresh", true)));
				assertThat(moved.updated()).isEqualTo(13);
				assertThat(template.count(template.search(Book.class).filter(Q.term("shelf", "moved")))).isEqualTo(13);
				template.indices().delete(INDEX);
			});
	}

	private static void saveBooks(SearchTemplate template) {
		if (template.indices().exists(INDEX)) {
			template.indices().delete(INDEX);
		}
		template.documents().init(Book.class);
		for (int i = 1; i <= 25; i++) {
			DocumentHit<Book> saved = template
				.save(new Book("b" + i, "Book " + i, 1990 + i, (i % 2 == 0) ? "even" : "odd"));
			assertThat(saved.id()).isEqualTo("b" + i);
		}
		template.indices().refresh(INDEX);
	}

	private static List<Integer> years(int from, int downTo) {
		List<Integer> years = new ArrayList<>();
		IntStream.iterate(from, (year) -> year >= downTo, (year) -> year - 1).forEach(years::add);
		return years;
	}

}
