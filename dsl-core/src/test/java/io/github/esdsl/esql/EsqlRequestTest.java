package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.query.Q;

import static io.github.esdsl.esql.Esql.E;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The {@code _query} request body.
 */
class EsqlRequestTest {

	@Test
	void bodyHoldsTheRenderedQuery() {
		EsqlRequest request = EsqlRequest.of(Esql.from("logs").where(E("msg").eq("a \"b\"")).limit(2));
		assertThat(request.toJson())
			.isEqualTo("{\"query\":\"FROM logs\\n| WHERE msg == \\\"a \\\\\\\"b\\\\\\\"\\\"\\n| LIMIT 2\"}");
		assertThat(request.query()).isEqualTo("FROM logs\n| WHERE msg == \"a \\\"b\\\"\"\n| LIMIT 2");
		assertThat(request.isColumnar()).isFalse();
	}

	@Test
	void positionalParametersMayBeNull() {
		EsqlRequest request = EsqlRequest.of("FROM logs | WHERE a == ? AND b == ?2").params("x", null, 3);
		assertThat(request.toJson()).isEqualTo("{\"query\":\"FROM logs | WHERE a == ? AND b == ?2\",\"params\":[\"x\",null,3]}");
	}

	@Test
	void namedParametersAddUp() {
		EsqlRequest request = EsqlRequest.of(Esql.from("logs").where(E("level").eq(Expression.param("level")),
				E("host").eq(Expression.param("host"))))
			.param("level", "ERROR")
			.param("host", "web-1");
		assertThat(request.toJson()).isEqualTo("{\"query\":\"FROM logs\\n| WHERE level == ?level AND host == ?host\","
				+ "\"params\":[{\"level\":\"ERROR\"},{\"host\":\"web-1\"}]}");
	}

	@Test
	void positionalAndNamedParametersDoNotMix() {
		assertThatIllegalStateException().isThrownBy(() -> EsqlRequest.of("ROW a = ?").params(1).param("b", 2))
			.withMessageStartingWith("This request has positional parameters; ES|QL does not mix them with named ones");
		assertThatIllegalArgumentException().isThrownBy(() -> EsqlRequest.of("ROW a = 1").param("not valid", 2))
			.withMessageStartingWith("Invalid parameter name 'not valid'");
	}

	@Test
	void optionsFollowInTheOrderGiven() {
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("include_ccs_metadata", true);
		extra.put("time_zone", "Europe/Oslo");
		EsqlRequest request = EsqlRequest.of("FROM logs")
			.columnar(true)
			.filter(Q.term("host", "web-1"))
			.locale("fr-FR")
			.profile(true)
			.extra(extra);
		assertThat(request.toJson()).isEqualTo("{\"query\":\"FROM logs\",\"columnar\":true,"
				+ "\"filter\":{\"term\":{\"host\":\"web-1\"}},\"locale\":\"fr-FR\",\"profile\":true,"
				+ "\"include_ccs_metadata\":true,\"time_zone\":\"Europe/Oslo\"}");
		assertThat(request.isColumnar()).isTrue();
	}

	@Test
	void requestsAreImmutableAndTheirMapsAreCopies() {
		List<Object> values = new ArrayList<>(Arrays.asList(1, 2));
		Map<String, Object> filter = new LinkedHashMap<>(Map.of("ids", new LinkedHashMap<>(Map.of("values", values))));
		EsqlRequest base = EsqlRequest.of("FROM x");
		EsqlRequest filtered = base.filter(filter);
		values.add(3);
		assertThat(base.toJson()).isEqualTo("{\"query\":\"FROM x\"}");
		assertThat(filtered.toJson()).isEqualTo("{\"query\":\"FROM x\",\"filter\":{\"ids\":{\"values\":[1,2]}}}");
		filtered.toMap().clear();
		assertThat(filtered.toMap()).containsKeys("query", "filter");
	}

	@Test
	void theQueryAndParamsCannotComeThroughExtra() {
		assertThatIllegalArgumentException().isThrownBy(() -> EsqlRequest.of("FROM x").extra(Map.of("query", "FROM y")))
			.withMessage("Give \"query\" with EsqlRequest.of(...) or params(...), not extra");
		assertThatIllegalArgumentException().isThrownBy(() -> EsqlRequest.of(""))
			.withMessage("The ES|QL query must not be empty");
	}

}
