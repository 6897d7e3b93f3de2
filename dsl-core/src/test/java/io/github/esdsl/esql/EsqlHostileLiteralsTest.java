package io.github.esdsl.esql;

import java.io.IOException;
import java.util.stream.Stream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.json.HostileStrings;
import io.github.esdsl.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.esdsl.esql.Esql.E;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hostile string (the 1 MB one included) as an ES|QL string literal and a quoted column
 * name gives exactly the query text an independent escaper predicts, so the string cannot add a
 * command or end its literal; and the text reaches {@code POST /_query} unchanged inside the JSON
 * body (checked against an in-process server: the embedded node has no ES|QL, and
 * {@link EsqlIT} runs live only when the node has it).
 */
class EsqlHostileLiteralsTest {

	private QueryEndpoint endpoint;

	private Connection connection;

	@BeforeEach
	void start() throws IOException {
		this.endpoint = new QueryEndpoint();
		this.endpoint.answer(200, "{\"columns\":[{\"name\":\"user\",\"type\":\"keyword\"}],\"values\":[]}");
		this.connection = Connection.create(ConnectionSettings.of(this.endpoint.uri().toString()));
	}

	@AfterEach
	void stop() {
		this.connection.close();
		this.endpoint.close();
	}

	static Stream<Arguments> hostile() {
		return HostileStrings.all().stream().map((value) -> Arguments.of(HostileStrings.label(value), value));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void literalAndNameKeepTheQueryStructureAndReachTheServerExactly(String label, String value) {
		Esql query = Esql.from("logs")
			.where(E("user").eq(value))
			.eval(F.concat(value, "!").as("greeting " + value))
			.limit(1);
		String expected = "FROM logs\n| WHERE user == " + literal(value) + "\n| EVAL " + name("greeting " + value)
				+ " = CONCAT(" + literal(value) + ", \"!\")\n| LIMIT 1";
		assertThat(query.render()).isEqualTo(expected);
		// a name may hold a raw line break inside its backticks; a literal never does
		assertThat(Esql.from("logs").where(E("user").eq(value)).limit(1).render().split("\n", -1)).hasSize(3);
		EsqlClient.of(this.connection).execute(query);
		assertThat(Json.parseMap(this.endpoint.last().body())).containsOnlyKeys("query")
			.containsEntry("query", expected);
	}

	/** A string literal as the ES|QL grammar reads it: backslash, quote, \n, \r and \t escaped. */
	private static String literal(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '"' -> out.append("\\\"");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	/** A quoted identifier: backticks, with backticks doubled. */
	private static String name(String value) {
		return "`" + value.replace("`", "``") + "`";
	}

}
