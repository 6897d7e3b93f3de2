package io.github.esdsl.esql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.github.esdsl.esql.Esql.E;
import static io.github.esdsl.esql.Esql.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The commands beyond the Python test cases (most from the Python builder's docstrings), the
 * continuations of each command, immutability and argument checks.
 */
class EsqlCommandsTest {

	@Test
	void tsIsATimeSeriesFromWithMetadata() {
		Esql query = Esql.ts("metrics")
			.metadata("_tsid")
			.where("@timestamp >= now() - 1 day")
			.stats("SUM(AVG_OVER_TIME(memory_usage))")
			.by("host", "TBUCKET(1 hour)");
		assertThat(query.render()).isEqualTo("""
				TS metrics METADATA _tsid
				| WHERE @timestamp >= now() - 1 day
				| STATS SUM(AVG_OVER_TIME(memory_usage))
				        BY host, TBUCKET(1 hour)""");
	}

	@Test
	void inlineStatsIndentsUnderItsLongerKeyword() {
		Esql query = Esql.from("employees")
			.keep("emp_no", "salary")
			.inlineStats(F.round(F.avg(E("salary"))).where(E("salary").lt(50000)).as("avg_lt_50"),
					F.round(F.avg(E("salary"))).where(E("salary").gte(50000), E("salary").lt(60000)).as("avg_lt_60"))
			.by("languages");
		assertThat(query.render()).isEqualTo("""
				FROM employees
				| KEEP emp_no, salary
				| INLINE STATS avg_lt_50 = ROUND(AVG(salary)) WHERE salary < 50000,
				               avg_lt_60 = ROUND(AVG(salary)) WHERE (salary >= 50000) AND (salary < 60000)
				               BY languages""");
	}

	@Test
	void statsWithOnlyGroupsAndNamedGroups() {
		assertThat(Esql.from("employees").stats().by("languages").render())
			.isEqualTo("FROM employees\n| STATS BY languages");
		assertThat(Esql.from("employees")
			.stats(F.count().as("n"))
			.by(F.bucket(E("salary"), 20, 25324, 74999).as("range"))
			.render()).isEqualTo("FROM employees\n| STATS n = COUNT(*)\n        BY range = BUCKET(salary, 20, 25324, 74999)");
	}

	@Test
	void byReplacesTheGroupsOfTheSameStats() {
		Stats stats = Esql.from("i").stats(F.count());
		assertThat(stats.by("a").by("b").render()).isEqualTo("FROM i\n| STATS COUNT(*)\n        BY b");
	}

	@Test
	void dissectWithAppendSeparator() {
		assertThat(Esql.from("logs").dissect("message", "%{+ts} %{+ts} %{msg}").appendSeparator("T").render())
			.isEqualTo("FROM logs\n| DISSECT message \"%{+ts} %{+ts} %{msg}\" APPEND_SEPARATOR=\"T\"");
	}

	@Test
	void changePointWithOutputNames() {
		assertThat(Esql.from("k8s").changePoint("value").on("@timestamp").as("kind", "p").render())
			.isEqualTo("FROM k8s\n| CHANGE_POINT value ON @timestamp AS kind, p");
	}

	@Test
	void enrichWithPositionalFieldsAndModePrefix() {
		assertThat(Esql.row(named("a", "1")).enrich("_any:languages_policy").on("a").with("language_name", "x")
			.render()).isEqualTo("ROW a = \"1\"\n| ENRICH _any:languages_policy ON a WITH language_name, x");
	}

	@Test
	void completionWithDefaultAndNamedColumn() {
		Esql base = Esql.row(named("question", "What is Elasticsearch?"));
		assertThat(base.completion("question", "test_completion_model").keep("question", "completion").render())
			.isEqualTo("""
					ROW question = "What is Elasticsearch?"
					| COMPLETION question WITH {"inference_id": "test_completion_model"}
					| KEEP question, completion""");
		assertThat(base.completion(named("answer", "question"), "test_completion_model").render())
			.endsWith("\n| COMPLETION answer = question WITH {\"inference_id\": \"test_completion_model\"}");
	}

	@Test
	void rerankWithDefaultAndNamedScore() {
		Esql base = Esql.from("books").metadata("_score").where(F.match(E("description"), "hobbit"));
		assertThat(base.rerank("hobbit", List.of("description"), "test_reranker").render()).isEqualTo("""
				FROM books METADATA _score
				| WHERE MATCH(description, "hobbit")
				| RERANK "hobbit" ON description WITH {"inference_id": "test_reranker"}""");
		assertThat(base.rerank(named("rerank_score", "hobbit"), List.of("description", "author"), "test_reranker")
			.render()).endsWith(
					"\n| RERANK rerank_score = \"hobbit\" ON description, author WITH {\"inference_id\": \"test_reranker\"}");
	}

	@Test
	void fuseWithMethodColumnsAndOptions() {
		Esql forked = Esql.from("books")
			.metadata("_id", "_index", "_score")
			.fork(Esql.branch().where("title:\"Shakespeare\"").sort("_score DESC"),
					Esql.branch().where("semantic_title:\"Shakespeare\"").sort("_score DESC"));
		String prefix = """
				FROM books METADATA _id, _index, _score
				| FORK ( WHERE title:"Shakespeare" | SORT _score DESC )
				       ( WHERE semantic_title:"Shakespeare" | SORT _score DESC )
				|\s""";
		assertThat(forked.fuse().render()).isEqualTo(prefix + "FUSE");
		assertThat(forked.fuse("linear").by("title").by("description").render())
			.isEqualTo(prefix + "FUSE LINEAR BY title BY description");
		assertThat(forked.fuse("linear").with(Map.of("normalizer", "minmax")).render())
			.isEqualTo(prefix + "FUSE LINEAR WITH {\"normalizer\": \"minmax\"}");
	}

	@Test
	void forkBranchesFlattenMultiLineCommands() {
		Esql query = Esql.from("e").fork(Esql.branch().stats(F.count().as("n"), F.max(E("x")).as("m")).by("g"));
		assertThat(query.render())
			.isEqualTo("FROM e\n| FORK ( STATS n = COUNT(*),         m = MAX(x)         BY g )");
	}

	@Test
	void forkIsOncePerQueryWithOneToEightBranchesStartedByBranch() {
		Esql forked = Esql.from("e").fork(Esql.branch().limit(1));
		assertThatIllegalStateException().isThrownBy(() -> forked.where("a").fork(Esql.branch().limit(2)))
			.withMessage("A query can only have one FORK");
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.from("e").fork())
			.withMessage("FORK takes 1 to 8 branches, not 0");
		Esql[] nine = new Esql[9];
		java.util.Arrays.fill(nine, Esql.branch().limit(1));
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.from("e").fork(nine))
			.withMessage("FORK takes 1 to 8 branches, not 9");
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.from("e").fork(Esql.from("x").limit(1)))
			.withMessage("A FORK branch must start with Esql.branch() and add commands, not: FROM x\n| LIMIT 1");
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.from("e").fork(Esql.branch()))
			.withMessageStartingWith("A FORK branch must start with Esql.branch() and add commands");
	}

	@Test
	void renameSeveralInMapOrderAndLookupJoinOnSeveralFields() {
		Map<String, String> renames = new LinkedHashMap<>();
		renames.put("a", "b");
		renames.put("c", "d");
		assertThat(Esql.from("i").rename(renames).render()).isEqualTo("FROM i\n| RENAME a AS b, c AS d");
		assertThat(Esql.from("i").lookupJoin("l", "k1", "k2").render()).isEqualTo("FROM i\n| LOOKUP JOIN l ON k1, k2");
	}

	@Test
	void rowFromAMapKeepsItsOrder() {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("z", 1);
		columns.put("a", List.of("x"));
		assertThat(Esql.row(columns).render()).isEqualTo("ROW z = 1, a = [\"x\"]");
	}

	@Test
	void commandsReturnNewQueriesAndLeaveTheOriginalAlone() {
		From from = Esql.from("employees");
		Esql limited = from.limit(5);
		Esql sorted = from.sort("name");
		From withMetadata = from.metadata("_id");
		Stats stats = from.stats(F.count());
		Stats grouped = stats.by("a");
		Enrich enrich = from.enrich("p");
		Enrich on = enrich.on("k");
		assertThat(from.render()).isEqualTo("FROM employees");
		assertThat(limited.render()).isEqualTo("FROM employees\n| LIMIT 5");
		assertThat(sorted.render()).isEqualTo("FROM employees\n| SORT name");
		assertThat(withMetadata.render()).isEqualTo("FROM employees METADATA _id");
		assertThat(stats.render()).isEqualTo("FROM employees\n| STATS COUNT(*)");
		assertThat(grouped.render()).isEqualTo("FROM employees\n| STATS COUNT(*)\n        BY a");
		assertThat(enrich.render()).isEqualTo("FROM employees\n| ENRICH p");
		assertThat(on.render()).isEqualTo("FROM employees\n| ENRICH p ON k");
	}

	@Test
	void queriesAreEqualWhenTheyRenderTheSame() {
		assertThat(Esql.from("a").limit(1)).isEqualTo(Esql.from("a").limit(1))
			.hasSameHashCodeAs(Esql.from("a").limit(1))
			.hasToString("FROM a\n| LIMIT 1")
			.isNotEqualTo(Esql.from("a").limit(2));
	}

	@Test
	void missingOrInvalidArgumentsAreRefusedWithTheReason() {
		Esql base = Esql.from("i");
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.from()).withMessage("FROM needs at least one index");
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.row()).withMessage("ROW needs at least one column");
		assertThatIllegalArgumentException().isThrownBy(base::keep).withMessage("KEEP needs at least one column");
		assertThatIllegalArgumentException().isThrownBy(base::drop).withMessage("DROP needs at least one column");
		assertThatIllegalArgumentException().isThrownBy(base::where).withMessage("WHERE needs at least one condition");
		assertThatIllegalArgumentException().isThrownBy(base::eval).withMessage("EVAL needs at least one column");
		assertThatIllegalArgumentException().isThrownBy(base::sort).withMessage("SORT needs at least one key");
		assertThatIllegalArgumentException().isThrownBy(() -> base.limit(-1))
			.withMessage("LIMIT must not be negative, but was -1");
		assertThatIllegalArgumentException().isThrownBy(() -> base.sample(1.0))
			.withMessage("SAMPLE takes a probability between 0 and 1 (exclusive), not 1.0");
		assertThatIllegalArgumentException().isThrownBy(() -> base.rename(Map.of()))
			.withMessage("RENAME needs at least one column");
		assertThatIllegalArgumentException().isThrownBy(() -> base.rename("a", null))
			.withMessage("A column name must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> base.grok("a", ""))
			.withMessage("The GROK pattern must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> base.completion("q", null))
			.withMessage("The inference id must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> base.stats(F.count()).by())
			.withMessage("STATS ... BY needs at least one grouping");
		assertThatIllegalArgumentException().isThrownBy(() -> base.enrich("p").with())
			.withMessage("ENRICH ... WITH needs at least one field");
		assertThatIllegalArgumentException().isThrownBy(() -> base.rerank("q", List.of(), "id"))
			.withMessage("RERANK needs at least one field");
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.from("i").keep((String) null))
			.withMessage("A column name or pattern must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.from((String) null))
			.withMessage("An index name must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.ts("m").metadata((String) null))
			.withMessage("A column name must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> base.enrich(""))
			.withMessage("An enrich policy must not be empty");
	}

}
