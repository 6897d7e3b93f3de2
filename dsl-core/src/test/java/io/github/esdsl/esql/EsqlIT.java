package io.github.esdsl.esql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.Documents;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.esql.EsqlDocuments.Address;
import io.github.esdsl.index.Index;
import io.github.esdsl.test.ElasticsearchCapabilities;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.EmbeddedElasticsearch;

import static io.github.esdsl.esql.Esql.E;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * ES|QL against a real cluster with the ES|QL module: an external one from
 * {@code ELASTICSEARCH_URL}. The embedded {@code integ-test-zip} node has no ES|QL, so there
 * every test is reported as skipped with the reason; nothing here passes without running.
 */
class EsqlIT {

	@Document(index = "esql-it-employees")
	static class Employee {

		@Id
		String id;

		@Field(name = "emp_no")
		int empNo;

		@Field(name = "first_name", type = FieldType.KEYWORD)
		String firstName;

		@Field(name = "last_name", type = FieldType.KEYWORD)
		String lastName;

		double height;

		@Field(name = "still_hired")
		boolean stillHired;

		Address address;

	}

	private static Connection connection;

	private static EsqlClient esql;

	private static Optional<String> skipReason;

	@BeforeEach
	void requireEsql() {
		if (skipReason == null) {
			skipReason = fullDistributionMissing();
			if (skipReason.isEmpty()) {
				seed(ElasticsearchEndpoint.fromEnvironment().orElseGet(EmbeddedElasticsearch::endpoint));
			}
		}
		Assumptions.assumeTrue(skipReason.isEmpty(), skipReason::get);
	}

	private static void seed(ElasticsearchEndpoint endpoint) {
		ConnectionSettings.Builder settings = ConnectionSettings.builder().hosts(endpoint.uris()).compatibility(8);
		endpoint.username().ifPresent((user) -> settings.basicAuth(user, endpoint.password().orElseThrow()));
		endpoint.caCertificate().ifPresent(settings::caCertificate);
		connection = Connection.create(settings.build());
		esql = EsqlClient.of(connection);
		String index = "esql-it-employees";
		connection.client().indices().deleteIfExists(index);
		connection.client().indices().create(index, Index.of(Employee.class).toMap());
		index(index, "e1", 10001, "Michael", "Adkins", 2.48, true, "North Stacey");
		index(index, "e2", 10002, "Kimberly", "Allen", 2.24, false, "Toddside");
		index(index, "e3", 10003, "Kevin", "Macias", 1.60, true, "North Robert");
		connection.client().indices().refresh(index);
	}

	@AfterAll
	static void clean() {
		if (connection != null) {
			connection.client().indices().deleteIfExists("esql-it-employees");
			connection.close();
		}
	}

	/** Why the cluster cannot run these tests (each is then reported as skipped), if it cannot. */
	private static Optional<String> fullDistributionMissing() {
		Optional<ElasticsearchEndpoint> external = ElasticsearchEndpoint.fromEnvironment();
		ElasticsearchCapabilities capabilities = external.map(ElasticsearchCapabilities::of)
			.orElseGet(ElasticsearchCapabilities::embedded);
		if (capabilities.hasModule("x-pack-esql")) {
			return Optional.empty();
		}
		return Optional.of("needs a full Elasticsearch distribution (ES|QL missing "
				+ external.map((e) -> "on " + e.uri()).orElse("in the embedded integ-test-zip") + ")");
	}

	private static void index(String index, String id, int empNo, String first, String last, double height,
			boolean hired, String city) {
		Employee employee = new Employee();
		employee.empNo = empNo;
		employee.firstName = first;
		employee.lastName = last;
		employee.height = height;
		employee.stillHired = hired;
		employee.address = new Address();
		employee.address.city = city;
		employee.address.zipCode = "Z" + empNo;
		connection.client().index(index, id, Documents.toMap(employee));
	}

	@Test
	void guideQueryReturnsTallEmployeesAsDocuments() {
		List<Employee> tall = esql.execute(Esql.from(Employee.class).where(E("height").gt(2)).sort("last_name").limit(4))
			.documents(Employee.class);
		assertThat(tall).extracting((e) -> e.id + " " + e.firstName + " " + e.lastName + " " + e.address.city + " "
				+ e.address.zipCode + " " + e.stillHired)
			.containsExactly("e1 Michael Adkins North Stacey Z10001 true", "e2 Kimberly Allen Toddside Z10002 false");
	}

	@Test
	void evaluatedColumnsComeAsAdditionalValues() {
		List<EsqlResult<Employee>> results = esql.execute(Esql.from(Employee.class)
			.eval(F.round(E("height").times(100)).as("height_cm"))
			.where(E("height_cm").gte(200))
			.sort("last_name")
			.limit(10)).results(Employee.class);
		assertThat(results).extracting((r) -> r.document().lastName).containsExactly("Adkins", "Allen");
		assertThat(results).extracting((r) -> ((Number) r.additional().get("height_cm")).doubleValue())
			.containsExactly(248.0, 224.0);
	}

	@Test
	void droppedFieldsFailUnlessIgnored() {
		EsqlResponse response = esql.execute(Esql.from(Employee.class).drop("height").sort("emp_no"));
		assertThatIllegalStateException().isThrownBy(() -> response.documents(Employee.class))
			.withMessageStartingWith("The ES|QL result has no column for [height] of " + Employee.class.getName());
		assertThat(response.documents(Employee.class, true)).extracting((e) -> e.firstName + " " + e.height)
			.containsExactly("Michael 0.0", "Kimberly 0.0", "Kevin 0.0");
	}

	@Test
	void parametersStatsAndHostileValues() {
		EsqlRequest byName = EsqlRequest.of(Esql.from(Employee.class).where(E("first_name").eq(Expression.param("name"))))
			.param("name", "Kevin");
		assertThat(esql.execute(byName).documents(Employee.class)).extracting((e) -> e.id).containsExactly("e3");
		assertThat(esql.execute(Esql.from("esql-it-employees")
			.stats(F.count().as("n"))
			.by("still_hired")
			.sort("still_hired")).rows()).containsExactly(Map.of("n", 1, "still_hired", false),
					Map.of("n", 2, "still_hired", true));
		assertThat(esql.execute(Esql.from(Employee.class).where(E("last_name").eq("x\" | DROP first_name | WHERE \"\" == \""))
			.keep("first_name")).size()).isZero();
	}

	@Test
	void aRejectedQueryIsABadRequestWithTheReason() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> esql.execute(Esql.from("esql-it-employees").keep("no_such_column")))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("verification_exception"))
			.satisfies((ex) -> assertThat(ex.reason()).contains("no_such_column"));
	}

}
