package io.github.esdsl.processor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.aggs.A;
import io.github.esdsl.document.FieldRef;
import io.github.esdsl.esql.Esql;
import io.github.esdsl.esql.F;
import io.github.esdsl.faceted.DateHistogramFacet;
import io.github.esdsl.faceted.FacetedRequest;
import io.github.esdsl.faceted.FacetedSearch;
import io.github.esdsl.faceted.HistogramFacet;
import io.github.esdsl.faceted.NestedFacet;
import io.github.esdsl.faceted.RangeFacet;
import io.github.esdsl.faceted.TermsFacet;
import io.github.esdsl.processor.guide.Employee;
import io.github.esdsl.processor.guide.Employee_;
import io.github.esdsl.processor.guide.Post_;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import io.github.esdsl.search.UpdateByQuery;
import io.github.esdsl.types.Operator;
import io.github.esdsl.types.SortOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every overload taking a field reference writes what the same call with the field's name
 * writes.
 */
class ReferenceOverloadsTest {

	private final Search<Map<String, Object>> s = Search.of("posts");

	@Test
	void searchPartsTakeReferences() {
		assertThat(this.s.highlight(Post_.title, Post_.comments.author).toJson())
			.isEqualTo("{\"highlight\":{\"fields\":{\"headline\":{},\"comments.author\":{}}}}");
		assertThat(this.s.highlight(Post_.title, Map.of("fragment_size", 50)).toMap())
			.isEqualTo(this.s.highlight("headline", Map.of("fragment_size", 50)).toMap());
		assertThat(this.s.collapse(Post_.title.raw).toJson()).isEqualTo("{\"collapse\":{\"field\":\"headline.raw\"}}");
		assertThat(this.s.collapse(Post_.title.raw, Map.of("max_concurrent_group_searches", 4)).toMap())
			.isEqualTo(this.s.collapse("headline.raw", Map.of("max_concurrent_group_searches", 4)).toMap());
		assertThat(this.s.sourceIncludes(Post_.title, Post_.published).sourceExcludes(Post_.embedding).toJson())
			.isEqualTo("{\"_source\":{\"includes\":[\"headline\",\"published\"],\"excludes\":[\"embedding\"]}}");
		assertThat(this.s.knn(Post_.embedding, 3, 10, List.of(1, 2, 3)).toMap())
			.isEqualTo(this.s.knn("embedding", 3, 10, List.of(1, 2, 3)).toMap());
		assertThat(this.s.knn(Post_.embedding, 3, 10, List.of(1, 2, 3), Map.of("similarity", 0.5)).toMap())
			.isEqualTo(this.s.knn("embedding", 3, 10, List.of(1, 2, 3), Map.of("similarity", 0.5)).toMap());
		assertThat(this.s.sort(Post_.published.desc(), Post_.comments.author).toJson())
			.isEqualTo("{\"sort\":[{\"published\":{\"order\":\"desc\"}},\"comments.author\"]}");
	}

	@Test
	void queryAndAggregationFactoriesWriteTheRenamedField() {
		assertThat(Q.match(Post_.title, "python").toJson()).isEqualTo("{\"match\":{\"headline\":\"python\"}}");
		assertThat(Q.match(Post_.title, "python web", (o) -> o.operator(Operator.AND)).toJson())
			.isEqualTo("{\"match\":{\"headline\":{\"query\":\"python web\",\"operator\":\"and\"}}}");
		assertThat(Q.term(Post_.title.raw, "Python").toJson()).isEqualTo("{\"term\":{\"headline.raw\":\"Python\"}}");
		assertThat(A.terms(Post_.tags, (t) -> t.size(10)).toJson())
			.isEqualTo("{\"terms\":{\"field\":\"tags\",\"size\":10}}");
	}

	@Test
	void typedSearchOptionsTakeReferences() {
		assertThat(this.s.highlight(Post_.title, (h) -> h.fragmentSize(50)).toMap())
			.isEqualTo(this.s.highlight("headline", Map.of("fragment_size", 50)).toMap());
		assertThat(this.s.sort(Post_.published, (o) -> o.order(SortOrder.DESC)).toJson())
			.isEqualTo("{\"sort\":[{\"published\":{\"order\":\"desc\"}}]}");
		assertThat(this.s.collapse(Post_.title.raw, (c) -> c.maxConcurrentGroupSearches(4)).toMap())
			.isEqualTo(this.s.collapse("headline.raw", Map.of("max_concurrent_group_searches", 4)).toMap());
	}

	@Test
	void facetsTakeReferences() {
		assertThat(new TermsFacet(Post_.tags).aggregation()).isEqualTo(new TermsFacet("tags").aggregation());
		assertThat(new TermsFacet(Post_.tags, Map.of("size", 5)).aggregation())
			.isEqualTo(new TermsFacet("tags", Map.of("size", 5)).aggregation());
		assertThat(new DateHistogramFacet(Post_.published, "month").aggregation())
			.isEqualTo(new DateHistogramFacet("published", "month").aggregation());
		assertThat(new DateHistogramFacet(Post_.published, Map.of("fixed_interval", "1d")).aggregation())
			.isEqualTo(new DateHistogramFacet("published", Map.of("fixed_interval", "1d")).aggregation());
		assertThat(new HistogramFacet(Employee_.height, 0.5).aggregation())
			.isEqualTo(new HistogramFacet("height", 0.5).aggregation());
		assertThat(new HistogramFacet(Employee_.height, Map.of("interval", 1)).aggregation())
			.isEqualTo(new HistogramFacet("height", Map.of("interval", 1)).aggregation());
		List<RangeFacet.Range> ranges = List.of(RangeFacet.range("tall", 2, null));
		assertThat(new RangeFacet(Employee_.height, ranges).aggregation())
			.isEqualTo(new RangeFacet("height", ranges).aggregation());
		assertThat(new RangeFacet(Employee_.height, ranges, Map.of("missing", 0)).aggregation())
			.isEqualTo(new RangeFacet("height", ranges, Map.of("missing", 0)).aggregation());
		assertThat(new NestedFacet(Post_.comments, new TermsFacet(Post_.comments.author)).aggregation())
			.isEqualTo(new NestedFacet("comments", new TermsFacet("comments.author")).aggregation());
	}

	@Test
	void facetedSearchFieldsTakeReferencesWithBoosts() {
		FacetedSearch<Map<String, Object>> byReference = FacetedSearch.builder("posts")
			.fields(Post_.title, Post_.comments.author)
			.field(Post_.tags, 2.5)
			.field(Post_.title.raw, 3)
			.facet("tags", new TermsFacet(Post_.tags))
			.build();
		FacetedSearch<Map<String, Object>> byName = FacetedSearch.builder("posts")
			.fields("headline", "comments.author", "tags^2.5", "headline.raw^3")
			.facet("tags", new TermsFacet("tags"))
			.build();
		assertThat(byReference.build("python", Map.of("tags", List.of("java")), null).toMap())
			.isEqualTo(byName.build("python", Map.of("tags", List.of("java")), null).toMap());
		assertThatIllegalArgumentException().isThrownBy(() -> FacetedSearch.builder("posts").field(Post_.tags, 0))
			.withMessage("The boost of tags must be a positive number, not 0.0");
	}

	@Test
	void esqlTakesReferencesAsColumns() {
		assertThat(Esql.from("employees").keep(Employee_.firstName, Employee_.address.city).render())
			.isEqualTo("FROM employees\n| KEEP first_name, address.city");
		assertThat(Esql.from("employees").drop(Employee_.height).render()).isEqualTo("FROM employees\n| DROP height");
		assertThat(Esql.from("employees").sort(Employee_.height.desc(), Employee_.lastName.asc()).render())
			.isEqualTo("FROM employees\n| SORT height DESC, last_name ASC");
		assertThat(Esql.from(Employee.class).where(Employee_.firstName.in("Ann", "Bo"), Employee_.stillHired.eq(true))
			.render()).endsWith("\n| WHERE first_name IN (\"Ann\", \"Bo\") AND still_hired == true");
		assertThat(Esql.from("employees").eval(Employee_.height.times(Employee_.empNo).as("x")).render())
			.isEqualTo("FROM employees\n| EVAL x = height * emp_no");
		assertThat(Esql.from("employees").stats(F.avg(Employee_.height).as("h")).by(Employee_.stillHired).render())
			.isEqualTo("FROM employees\n| STATS h = AVG(height)\n        BY still_hired");
		assertThat(Esql.from("employees").mvExpand(Employee_.firstName).rename(Employee_.lastName, "surname")
			.lookupJoin(Employee.class, Employee_.empNo).render())
			.isEqualTo("FROM employees\n| MV_EXPAND first_name\n| RENAME last_name AS surname\n"
					+ "| LOOKUP JOIN employees ON emp_no");
	}

	@Test
	void updateByQueryTakesReferencesInsideItsQueryParameters() {
		assertThat(UpdateByQuery.of("posts").query("exists", Map.of("field", Post_.title.raw)).toJson())
			.isEqualTo("{\"query\":{\"exists\":{\"field\":\"headline.raw\"}}}");
		assertThat(FacetedRequest.all().sort(Post_.published.desc(), Post_.title.asc()).sortKeys())
			.containsExactly("-published", "headline");
	}

	@Test
	void nullReferencesAreRefusedWithTheirPosition() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.s.highlight(Post_.title, (FieldRef) null))
			.withMessage("Field reference [1] is null: give a metamodel field such as Post_.title");
		assertThatIllegalArgumentException().isThrownBy(() -> this.s.collapse((FieldRef) null))
			.withMessage("The field reference is null: give a metamodel field such as Post_.title");
	}

}
