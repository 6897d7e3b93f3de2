package io.github.esdsl.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Score functions and function_score, as the Python DSL's {@code test_query.py} and
 * {@code function.py} serialize them.
 */
class ScoreFunctionTest {

	private static String json(String singleQuoted) {
		return singleQuoted.replace('\'', '"');
	}

	@Test
	void functionScoreWithFunctions() {
		Query query = Q.of("function_score",
				Map.of("functions", List.of(SF.of("script_score", Map.of("script", "doc['comment_count'] * _score")))));
		assertThat(query.toMap()).isEqualTo(Map.of("function_score", Map.of("functions",
				List.of(Map.of("script_score", Map.of("script", "doc['comment_count'] * _score"))))));
	}

	@Test
	void functionWithOnlyWeightAndFilterIsWrittenWithoutName() {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("weight", 20);
		raw.put("filter", Q.term("f", 42));
		Query query = Q.of("function_score", Map.of("functions", List.of(SF.fromMap(raw))));
		assertThat(query.toJson()).isEqualTo(json("{'function_score':{'functions':[{'filter':{'term':{'f':42}},'weight':20}]}}"));
	}

	@Test
	void functionScoreToMap() {
		Query query = Q.functionScore(Q.match("title", "python"), SF.randomScore(),
				SF.fieldValueFactor("comment_count", Map.of("filter", Q.term("tags", "python"))));
		assertThat(query.toJson()).isEqualTo(json("{'function_score':{'query':{'match':{'title':'python'}},'functions':["
				+ "{'random_score':{}},{'field_value_factor':{'field':'comment_count'},'filter':{'term':{'tags':'python'}}}]}}"));
	}

	@Test
	void functionScoreWithSingleInlineFunctionMovesItIntoFunctions() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("filter", Map.of("term", Map.of("tags", "python")));
		params.put("script_score", Map.of("script", "doc['comment_count'] * _score"));
		Query query = Q.fromMap(Map.of("function_score", params));
		assertThat(query.param("filter")).isEqualTo(Q.term("tags", "python"));
		List<?> functions = (List<?>) query.param("functions");
		assertThat(functions).hasSize(1);
		ScoreFunction function = (ScoreFunction) functions.get(0);
		assertThat(function.name()).isEqualTo("script_score");
		assertThat(function.param("script")).isEqualTo("doc['comment_count'] * _score");
	}

	@Test
	void functionScoreFromMap() {
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("filter", Map.of("terms", Map.of("tags", "python")));
		first.put("script_score", Map.of("script", "doc['comment_count'] * _score"));
		Query query = Q.fromMap(Map.of("function_score", Map.of("filter", Map.of("term", Map.of("tags", "python")),
				"functions", List.of(first, Map.of("boost_factor", 6)))));
		List<?> functions = (List<?>) query.param("functions");
		ScoreFunction script = (ScoreFunction) functions.get(0);
		assertThat(script.name()).isEqualTo("script_score");
		assertThat(script.filter().name()).isEqualTo("terms");
		ScoreFunction boost = (ScoreFunction) functions.get(1);
		assertThat(boost.name()).isEqualTo("boost_factor");
		assertThat(boost.param("value")).isEqualTo(6);
		assertThat(boost.toMap()).isEqualTo(Map.of("boost_factor", 6));
		assertThat(boost.toJson()).isEqualTo(json("{'boost_factor':6}"));
	}

	@Test
	void everyFunctionFactory() {
		assertThat(SF.scriptScore(Map.of("source", "_score * 2"), Map.of("weight", 3)).toJson())
			.isEqualTo(json("{'script_score':{'script':{'source':'_score * 2'}},'weight':3}"));
		assertThat(SF.weight(2).toJson()).isEqualTo(json("{'weight':2}"));
		assertThat(SF.weight(2, Map.of("filter", Map.of("match", Map.of("test", "bar")))).toJson())
			.isEqualTo(json("{'filter':{'match':{'test':'bar'}},'weight':2}"));
		assertThat(SF.boostFactor(6).toJson()).isEqualTo(json("{'boost_factor':6}"));
		assertThat(SF.randomScore(Map.of("seed", 10)).toJson()).isEqualTo(json("{'random_score':{'seed':10}}"));
		assertThat(SF.fieldValueFactor("likes").toJson()).isEqualTo(json("{'field_value_factor':{'field':'likes'}}"));
		assertThat(SF.linear("date", Map.of("origin", "2013-09-17")).toJson())
			.isEqualTo(json("{'linear':{'date':{'origin':'2013-09-17'}}}"));
		assertThat(SF.gauss("price", Map.of("scale", 10), Map.of("multi_value_mode", "avg")).toJson())
			.isEqualTo(json("{'gauss':{'price':{'scale':10},'multi_value_mode':'avg'}}"));
		assertThat(SF.exp("date", Map.of("scale", "10d")).toJson()).isEqualTo(json("{'exp':{'date':{'scale':'10d'}}}"));
	}

	@Test
	void rawFunctionsRoundTrip() {
		for (ScoreFunction function : List.of(SF.weight(2), SF.boostFactor(6), SF.randomScore(),
				SF.fieldValueFactor("likes", Map.of("filter", Q.term("a", 1), "weight", 2)),
				SF.gauss("price", Map.of("scale", 10)))) {
			assertThat(SF.fromMap(function.toMap())).isEqualTo(function);
			assertThat(SF.fromMap(function.toMap()).toJson()).isEqualTo(function.toJson());
		}
	}

	@Test
	void unknownFunctionNamesTheClosest() {
		assertThatIllegalArgumentException().isThrownBy(() -> SF.of("gaus", Map.of()))
			.withMessageContaining("'gaus'")
			.withMessageContaining("gauss");
	}

	@Test
	void twoFunctionsInOneMapAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SF.fromMap(Map.of("random_score", Map.of(), "gauss", Map.of())))
			.withMessageContaining("at most one function");
	}

	@Test
	void functionsParamRefusesNonFunctions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Q.of("function_score", Map.of("functions", List.of("random_score"))))
			.withMessageContaining("function_score.functions[0]");
	}

}
