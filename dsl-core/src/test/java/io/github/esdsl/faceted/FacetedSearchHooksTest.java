package io.github.esdsl.faceted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.github.esdsl.document.Document;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;

import static io.github.esdsl.faceted.Bodies.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The hooks (builder functions and overridden methods), targets, pagination and reuse of a
 * faceted search definition.
 */
class FacetedSearchHooksTest {

	private static final String TAGS_AGG = "'aggs':{'_filter_tags':{'filter':{'match_all':{}},"
			+ "'aggs':{'tags':{'terms':{'field':'tags'}}}}}";

	@Document(index = "articles", using = "blogs")
	static final class Article {

		String title;

	}

	@Test
	void baseSearchHookAddsAGlobalFilterUnderTheQuery() {
		FacetedSearch<Map<String, Object>> published = FacetedSearch.builder("blog")
			.fields("title")
			.facet("tags", new TermsFacet("tags"))
			.baseSearch((search) -> search.filter(Q.term("published", true)))
			.build();
		assertJson(published.build("python", null, null), "{'query':{'bool':{'filter':[{'term':{'published':true}}],"
				+ "'must':[{'multi_match':{'query':'python','fields':['title']}}]}},"
				+ "'highlight':{'fields':{'title':{}}}," + TAGS_AGG + "}");
	}

	@Test
	void queryHookReplacesTheMultiMatch() {
		FacetedSearch<Map<String, Object>> phrase = FacetedSearch.builder("blog")
			.fields("title^3")
			.facet("tags", new TermsFacet("tags"))
			.query((search, text) -> search.query(Q.matchPhrase("title", text)))
			.build();
		assertJson(phrase.build("web framework", null, null), "{'query':{'match_phrase':{'title':'web framework'}},"
				+ "'highlight':{'fields':{'title':{}}}," + TAGS_AGG + "}");
	}

	@Test
	void highlightHookGetsTheFieldsWithoutBoosts() {
		List<String> seen = new ArrayList<>();
		FacetedSearch<Map<String, Object>> custom = FacetedSearch.builder("blog")
			.fields("title^5", "body", "tags^2.5")
			.facet("tags", new TermsFacet("tags"))
			.highlight((search, fields) -> {
				seen.addAll(fields);
				return search.highlightOptions(Map.of("order", "score")).highlight(fields.get(0));
			})
			.build();
		assertJson(custom.build(FacetedRequest.all()),
				"{'highlight':{'order':'score','fields':{'title':{}}}," + TAGS_AGG + "}");
		assertThat(seen).containsExactly("title", "body", "tags");
	}

	@Test
	void subclassesOverrideTheBaseSearchPythonStyle() {
		final class BlogSearch extends FacetedSearch<Map<String, Object>> {

			BlogSearch() {
				super(FacetedSearch.builder("blog").facet("tags", new TermsFacet("tags")));
			}

			@Override
			protected Search<Map<String, Object>> search() {
				return super.search().filter(Q.range("publish_from", Map.of("lte", "now/h")));
			}

			@Override
			protected Search<Map<String, Object>> sort(Search<Map<String, Object>> search, List<String> keys) {
				return super.sort(search, keys.isEmpty() ? List.of("-publish_from") : keys);
			}

		}
		assertJson(new BlogSearch().build(FacetedRequest.all()),
				"{'query':{'bool':{'filter':[{'range':{'publish_from':{'lte':'now/h'}}}]}},"
						+ "'sort':[{'publish_from':{'order':'desc'}}]," + TAGS_AGG + "}");
	}

	@Test
	void documentClassGivesIndexAliasAndHitType() {
		FacetedSearch<Article> articles = FacetedSearch.builder(Article.class).facet("tags", new TermsFacet("tags"))
			.build();
		Search<Article> search = articles.build(FacetedRequest.all());
		assertThat(search.indices()).containsExactly("articles");
		assertThat(search.alias()).isEqualTo("blogs");
		assertThat(search.documentType()).isEqualTo(Article.class);
	}

	@Test
	void docTypeAndUsingChangeTheTarget() {
		FacetedSearch<Article> articles = FacetedSearch.builder("a", "b")
			.fields("title")
			.docType(Article.class)
			.using("other")
			.facet("tags", new TermsFacet("tags"))
			.build();
		Search<Article> search = articles.build(FacetedRequest.all());
		assertThat(search.indices()).containsExactly("a", "b");
		assertThat(search.alias()).isEqualTo("other");
		assertThat(search.documentType()).isEqualTo(Article.class);
		assertThat(articles.fields()).containsExactly("title");
	}

	@Test
	void docTypeAfterAHookIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> FacetedSearch.builder().baseSearch((s) -> s).docType(Article.class))
			.withMessageContaining("before baseSearch");
	}

	@Test
	void slicesAndPagesBecomeFromAndSize() {
		FacetedSearch<Map<String, Object>> blog = FacetedSearch.builder().facet("tags", new TermsFacet("tags")).build();
		assertJson(blog.build(FacetedRequest.all().slice(0, 20)), "{'from':0,'size':20," + TAGS_AGG + "}");
		assertJson(blog.build(FacetedRequest.all().page(3, 10)), "{'from':20,'size':10," + TAGS_AGG + "}");
		assertThatIllegalArgumentException().isThrownBy(() -> FacetedRequest.all().slice(5, 2))
			.withMessage("A slice needs 0 <= from <= to but got from=5, to=2");
	}

	@Test
	void unknownFacetsAndBadDefinitionsAreRefused() {
		FacetedSearch<Map<String, Object>> blog = FacetedSearch.builder()
			.facet("category", new TermsFacet("category"))
			.facet("tags", new TermsFacet("tags"))
			.build();
		assertThatIllegalArgumentException().isThrownBy(() -> blog.build(FacetedRequest.all().filter("tag", "python")))
			.withMessage("Cannot filter on facet 'tag': known facets are [category, tags]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FacetedSearch.builder().facet("tags", new TermsFacet("a")).facet("tags", new TermsFacet("b")))
			.withMessage("Facet 'tags' is defined twice; facet names must differ");
		assertThatIllegalArgumentException().isThrownBy(() -> FacetedSearch.builder().fields("title", "^2"))
			.withMessageContaining("like \"title^5\"");
		assertThatIllegalArgumentException().isThrownBy(() -> FacetedRequest.all().filter("tags", "a", null))
			.withMessageContaining("must not contain null");
	}

	@Test
	void emptyAndNullSelectionsAddNoFilter() {
		FacetedSearch<Map<String, Object>> blog = FacetedSearch.builder().facet("tags", new TermsFacet("tags")).build();
		Map<String, List<?>> filters = new java.util.HashMap<>();
		filters.put("tags", null);
		assertJson(blog.build(null, filters, null), "{" + TAGS_AGG + "}");
		assertJson(blog.build(null, Map.of("tags", List.of()), null), "{" + TAGS_AGG + "}");
	}

	@Test
	void oneDefinitionBuildsIndependentSearchesFromManyThreads() throws Exception {
		FacetedSearch<Map<String, Object>> blog = FacetedSearch.builder("blog")
			.fields("title^2", "body")
			.facet("tags", new TermsFacet("tags"))
			.facet("rating", new HistogramFacet("rating", 1))
			.build();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				results.add(pool.submit(() -> {
					FacetedRequest request = FacetedRequest.query("q" + n).filter("rating", n);
					String expected = "{'range':{'rating':{'gte':" + n + ",'lt':" + (n + 1) + "}}}";
					return io.github.esdsl.json.Json.parseMap(blog.build(request).postFilter().orElseThrow().toJson())
							.equals(Bodies.map(expected))
							&& blog.build(request).toJson().equals(blog.build(request).toJson());
				}));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(blog.build(FacetedRequest.all()).postFilter()).isEmpty();
	}

}
