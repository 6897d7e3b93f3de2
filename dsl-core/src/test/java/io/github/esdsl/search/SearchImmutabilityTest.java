package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.esdsl.aggs.A;
import io.github.esdsl.document.Document;
import io.github.esdsl.query.Q;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.Bodies.assertBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copies are cheap (unchanged parts are shared, not copied), the original never changes, and
 * one search can be used by many threads.
 */
class SearchImmutabilityTest {

	private final Search<?> base = Search.of("blog")
		.query(Q.match("title", "python"))
		.aggs((aggs) -> aggs.bucket("tags", A.terms("tags")))
		.highlight("title")
		.sort("-date")
		.slice(0, 10);

	@Test
	void copiesShareTheUnchangedParts() {
		Search<?> sorted = this.base.sort("title");
		assertThat(sorted.body.query()).isSameAs(this.base.body.query());
		assertThat(sorted.body.aggs()).isSameAs(this.base.body.aggs());
		assertThat(sorted.body.highlight()).isSameAs(this.base.body.highlight());
		assertThat(sorted.body.extra()).isSameAs(this.base.body.extra());
		assertThat(sorted.target).isSameAs(this.base.target);
		Search<?> routed = this.base.params(Map.of("routing", "1"));
		assertThat(routed.body).isSameAs(this.base.body);
	}

	@Test
	void noChangeGivesTheSameInstance() {
		assertThat(this.base.extra(Map.of())).isSameAs(this.base);
		assertThat(Search.of().sort()).isNotNull();
	}

	@Test
	void everyMethodLeavesTheOriginalUnchanged() {
		String before = this.base.toJson();
		this.base.query(Q.term("a", "b")).filter(Q.term("c", "d")).exclude(Q.term("e", "f"))
			.postFilter(Q.term("g", "h")).knn("v", 1, 2, List.of(1)).rank(Map.of("rrf", Map.of()))
			.sort("x").slice(2).at(1).from(3).size(4).highlightOptions(Map.of("order", "score"))
			.highlight("body").suggest("s", "t", Map.of("term", Map.of("field", "f"))).collapse("c")
			.source(false).scriptFields(Map.of("s", "1")).extra(Map.of("explain", true))
			.searchAfter(List.of(1)).trackTotalHits(true).aggs((aggs) -> aggs.get("tags").metric("m", A.max("m")))
			.updateFromMap(Map.of("size", 1)).index("other").using("x").params(Map.of("routing", "r"))
			.withQuery(null).withPostFilter(null).docType(String.class);
		assertThat(this.base.toJson()).isEqualTo(before);
		assertThat(this.base.indices()).containsExactly("blog");
		assertThat(this.base.alias()).isEqualTo("default");
		assertThat(this.base.params()).isEmpty();
	}

	@Test
	void emptySearchStaysEmptyThroughEveryCopy() {
		Search<Map<String, Object>> s = EmptySearch.of("i");
		assertThat(s.query(Q.matchAll()).sort("x").slice(1, 2).docType(String.class).index("j").using("u"))
			.isInstanceOf(EmptySearch.class);
		assertThat(EmptySearch.from(this.base).toJson()).isEqualTo(this.base.toJson());
		assertThat(EmptySearch.from(this.base)).isNotEqualTo(this.base);
	}

	@Test
	void oneSearchIsSafelyUsedByManyThreads() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				results.add(pool.submit(() -> this.base.slice(n).filter(Q.term("n", n)).toJson()));
			}
			for (int i = 0; i < 200; i++) {
				assertThat(results.get(i).get()).contains("\"from\":" + i).contains("{\"term\":{\"n\":" + i + "}}");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertBody(this.base, "{'query':{'match':{'title':'python'}},'aggs':{'tags':{'terms':{'field':'tags'}}},"
				+ "'sort':[{'date':{'order':'desc'}}],'from':0,'size':10,'highlight':{'fields':{'title':{}}}}");
	}

	@Test
	void documentClassGivesIndexAliasAndHitType() {
		Search<Post> s = Search.of(Post.class);
		assertThat(s.indices()).containsExactly("blog");
		assertThat(s.alias()).isEqualTo("analytics");
		assertThat(s.documentType()).isEqualTo(Post.class);
		assertThat(s.index("blog-archive").indices()).containsExactly("blog", "blog-archive");
		Search<Plain> plain = Search.of(Plain.class);
		assertThat(plain.indices()).isEmpty();
		assertThat(plain.alias()).isEqualTo("default");
		assertThat(plain.documentType()).isEqualTo(Plain.class);
	}

	@Test
	void toStringNamesTargetAndBody() {
		assertThat(Search.of("i").params(Map.of("routing", "r")).size(1).toString())
			.isEqualTo("Search{indices=[i], using=default, params=[routing], type=Map, body={\"size\":1}}");
	}

	@Document(index = "blog", using = "analytics")
	record Post(String title) {
	}

	record Plain(String title) {
	}

}
