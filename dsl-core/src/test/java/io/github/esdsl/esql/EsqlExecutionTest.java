package io.github.esdsl.esql;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.NotFoundException;
import io.github.esdsl.esql.EsqlDocuments.Employee;
import io.github.esdsl.json.Json;

import static io.github.esdsl.esql.Esql.E;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Running queries over HTTP, through a {@link Connection}, against an in-process server
 * answering with Elasticsearch's documented {@code _query} response bodies.
 */
class EsqlExecutionTest {

	/** The response of the {@code POST /_query} example in the Elasticsearch reference. */
	private static final String BOOKS = """
			{
			  "took": 28,
			  "is_partial": false,
			  "columns": [
			    {"name": "author", "type": "text"},
			    {"name": "name", "type": "text"},
			    {"name": "page_count", "type": "long"},
			    {"name": "release_date", "type": "date"}
			  ],
			  "values": [
			    ["Peter F. Hamilton", "Pandora's Star", 768, "2004-03-02T00:00:00.000Z"],
			    ["Vernor Vinge", "A Fire Upon the Deep", 613, "1992-06-01T00:00:00.000Z"],
			    ["Frank Herbert", "Dune", 604, "1965-06-01T00:00:00.000Z"]
			  ]
			}""";

	private static final String EMPLOYEES = """
			{"took": 5, "is_partial": false,
			 "columns": [{"name": "_id", "type": "keyword"}, {"name": "emp_no", "type": "integer"},
			   {"name": "first_name", "type": "text"}, {"name": "last_name", "type": "text"},
			   {"name": "height", "type": "double"}, {"name": "still_hired", "type": "boolean"},
			   {"name": "address.address", "type": "text"}, {"name": "address.city", "type": "text"},
			   {"name": "address.zip_code", "type": "text"}, {"name": "height_cm", "type": "double"}],
			 "values": [["a1", 1, "Michael", "Adkins", 2.48, true, "5 Elm", "North Stacey", "111", 248.0],
			   ["a2", 2, "Kimberly", "Allen", 2.24, false, "9 Oak", "Toddside", "222", 224.0]]}""";

	private static final String VERIFICATION_ERROR = """
			{"error": {"root_cause": [{"type": "verification_exception",
			  "reason": "Found 1 problem\\nline 1:31: Unknown column [foo]"}],
			  "type": "verification_exception", "reason": "Found 1 problem\\nline 1:31: Unknown column [foo]"},
			 "status": 400}""";

	private QueryEndpoint endpoint;

	private Connection connection;

	private EsqlClient client;

	@BeforeEach
	void start() throws IOException {
		this.endpoint = new QueryEndpoint();
		this.connection = Connection.create(ConnectionSettings.of(this.endpoint.uri().toString()));
		this.client = EsqlClient.of(this.connection);
	}

	@AfterEach
	void stop() {
		this.connection.close();
		this.endpoint.close();
	}

	@Test
	void sendsTheQueryAsJsonToPostQuery() {
		this.endpoint.answer(200, BOOKS);
		this.client.execute(Esql.from(Employee.class).where(E("first_name").eq("Jo \"J\"")).limit(4));
		QueryEndpoint.Received request = this.endpoint.last();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/_query");
		assertThat(request.contentType()).startsWith("application/json");
		assertThat(request.body()).isEqualTo("{\"query\":\"FROM employees METADATA _id\\n| KEEP _id, emp_no, first_name, "
				+ "last_name, height, still_hired, address.address, address.city, address.zip_code\\n"
				+ "| WHERE first_name == \\\"Jo \\\\\\\"J\\\\\\\"\\\"\\n| LIMIT 4\"}");
		assertThat(Json.parseMap(request.body()).get("query"))
			.isEqualTo(Esql.from(Employee.class).where(E("first_name").eq("Jo \"J\"")).limit(4).render());
	}

	@Test
	void readsTheDocumentedResponseAsRows() {
		this.endpoint.answer(200, BOOKS);
		EsqlResponse response = this.client.execute(Esql.from("library").sort("release_date DESC").limit(3));
		assertThat(response.took()).isEqualTo(28);
		assertThat(response.isPartial()).isFalse();
		assertThat(response.size()).isEqualTo(3);
		assertThat(response.columns()).containsExactly(new EsqlColumn("author", "text"), new EsqlColumn("name", "text"),
				new EsqlColumn("page_count", "long"), new EsqlColumn("release_date", "date"));
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("author", "Peter F. Hamilton");
		first.put("name", "Pandora's Star");
		first.put("page_count", 768);
		first.put("release_date", "2004-03-02T00:00:00.000Z");
		assertThat(response.rows().get(0)).containsExactlyEntriesOf(first);
		assertThat(response.values().get(2)).containsExactly("Frank Herbert", "Dune", 604, "1965-06-01T00:00:00.000Z");
		assertThat(response.toMap()).containsEntry("took", 28);
	}

	@Test
	void readsDocumentsAndAdditionalColumns() {
		this.endpoint.answer(200, EMPLOYEES);
		EsqlResponse response = this.client.execute(Esql.from(Employee.class)
			.eval(F.round(E("height").times(100)).as("height_cm"))
			.where(E("height_cm").gte(200))
			.sort("last_name")
			.limit(10));
		List<Employee> employees = response.documents(Employee.class);
		assertThat(employees).extracting((e) -> e.id + " " + e.firstName + " " + e.lastName + " " + e.address.city)
			.containsExactly("a1 Michael Adkins North Stacey", "a2 Kimberly Allen Toddside");
		List<EsqlResult<Employee>> results = response.results(Employee.class);
		assertThat(results).extracting(EsqlResult::additional)
			.containsExactly(Map.of("height_cm", 248.0), Map.of("height_cm", 224.0));
	}

	@Test
	void missingFieldsFailUnlessIgnored() {
		this.endpoint.answer(200, """
				{"took": 1, "is_partial": false,
				 "columns": [{"name": "_id", "type": "keyword"}, {"name": "first_name", "type": "text"}],
				 "values": [["a1", "Michael"]]}""");
		EsqlResponse response = this.client.execute(Esql.from(Employee.class).keep("_id", "first_name"));
		assertThatIllegalStateException().isThrownBy(() -> response.documents(Employee.class))
			.withMessageStartingWith("The ES|QL result has no column for [emp_no, last_name, height, still_hired, "
					+ "address.address, address.city, address.zip_code] of " + Employee.class.getName());
		Employee michael = response.documents(Employee.class, true).get(0);
		assertThat(michael.id).isEqualTo("a1");
		assertThat(michael.firstName).isEqualTo("Michael");
		assertThat(michael.lastName).isNull();
		assertThat(michael.address).isNull();
	}

	@Test
	void errorResponseBecomesATypedException() {
		this.endpoint.answer(400, VERIFICATION_ERROR);
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.execute(Esql.from("employees").keep("foo")))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(400);
				assertThat(ex.errorType()).isEqualTo("verification_exception");
				assertThat(ex.reason()).isEqualTo("Found 1 problem\nline 1:31: Unknown column [foo]");
			});
	}

	@Test
	void missingIndexAndNonJsonErrorsAreReportedToo() {
		this.endpoint.answer(404, "{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index [nope]\","
				+ "\"index\":\"nope\"},\"status\":404}");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.execute(Esql.from("nope")))
			.satisfies((ex) -> assertThat(ex.index()).isEqualTo("nope"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("no such index [nope]"));
		this.endpoint.answer(500, "<html>Internal Error</html>");
		assertThatExceptionOfType(ElasticsearchException.class).isThrownBy(() -> this.client.execute(Esql.from("x")))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(500))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("<html>Internal Error</html>"));
	}

	@Test
	void sendsParametersAndOptionsAndReadsColumnarValues() {
		this.endpoint.answer(200, """
				{"took": 2, "is_partial": true,
				 "columns": [{"name": "name", "type": "keyword"}, {"name": "n", "type": "long"}],
				 "values": [["a", "b"], [1, 2]]}""");
		EsqlRequest request = EsqlRequest.of(Esql.from("logs").where(E("level").eq(Expression.param("level"))))
			.param("level", "ERROR")
			.columnar(true)
			.filter(Map.of("term", Map.of("host", "web-1")));
		EsqlResponse response = this.client.execute(request);
		assertThat(this.endpoint.last().body()).isEqualTo("{\"query\":\"FROM logs\\n| WHERE level == ?level\","
				+ "\"params\":[{\"level\":\"ERROR\"}],\"columnar\":true,\"filter\":{\"term\":{\"host\":\"web-1\"}}}");
		assertThat(response.isPartial()).isTrue();
		assertThat(response.values()).containsExactly(List.of("a", 1), List.of("b", 2));
	}

	@Test
	void runsWithoutBlockingAndFailsTheFutureOnErrors() throws Exception {
		this.endpoint.answer(200, BOOKS);
		assertThat(this.client.executeAsync(Esql.from("library")).get().size()).isEqualTo(3);
		this.endpoint.answer(400, VERIFICATION_ERROR);
		assertThatExceptionOfType(ExecutionException.class)
			.isThrownBy(() -> this.client.executeAsync(Esql.from("library").keep("foo")).get())
			.withCauseInstanceOf(BadRequestException.class);
	}

	@Test
	void usingAnAliasLooksTheConnectionUpWhenTheQueryRuns() {
		EsqlClient byAlias = EsqlClient.using("esql-test");
		this.endpoint.answer(200, BOOKS);
		assertThatIllegalStateException().isThrownBy(() -> byAlias.execute(Esql.from("library")))
			.withMessageStartingWith("There is no connection with alias 'esql-test'");
		Connections.global().add("esql-test", this.connection);
		try {
			assertThat(byAlias.execute(Esql.from("library")).size()).isEqualTo(3);
			assertThat(byAlias).hasToString("EsqlClient[alias 'esql-test']");
		}
		finally {
			Connections.global().remove("esql-test");
		}
	}

}
