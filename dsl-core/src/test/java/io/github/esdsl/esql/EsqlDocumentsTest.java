package io.github.esdsl.esql;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.esql.EsqlDocuments.Book;
import io.github.esdsl.esql.EsqlDocuments.Employee;
import io.github.esdsl.esql.EsqlDocuments.Plain;
import io.github.esdsl.esql.EsqlDocuments.Post;

import static io.github.esdsl.esql.Esql.E;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code Esql.from(Class)} and reading rows into documents, as the guide's "ES|QL Queries"
 * section does with {@code esql_from()} and {@code esql_execute()}.
 */
class EsqlDocumentsTest {

	private static final String EMPLOYEE_COLUMNS = "[{\"name\":\"_id\",\"type\":\"keyword\"},"
			+ "{\"name\":\"emp_no\",\"type\":\"integer\"},{\"name\":\"first_name\",\"type\":\"text\"},"
			+ "{\"name\":\"last_name\",\"type\":\"text\"},{\"name\":\"height\",\"type\":\"double\"},"
			+ "{\"name\":\"still_hired\",\"type\":\"boolean\"},{\"name\":\"address.address\",\"type\":\"text\"},"
			+ "{\"name\":\"address.city\",\"type\":\"text\"},{\"name\":\"address.zip_code\",\"type\":\"text\"}";

	@Test
	void fromDocumentKeepsIdAndEveryLeafFieldLikeEsqlFrom() {
		assertThat(Esql.from(Employee.class).render()).isEqualTo("""
				FROM employees METADATA _id
				| KEEP _id, emp_no, first_name, last_name, height, still_hired, address.address, address.city, address.zip_code""");
	}

	@Test
	void guideQueryTallEmployeesSortedByLastName() {
		Esql query = Esql.from(Employee.class).where(E("height").gt(2)).sort("last_name").limit(4);
		assertThat(query.render()).endsWith("\n| WHERE height > 2\n| SORT last_name\n| LIMIT 4");
	}

	@Test
	void guideQueryWithEvaluatedColumn() {
		Esql query = Esql.from(Employee.class)
			.eval(F.round(E("height").times(100)).as("height_cm"))
			.where(E("height_cm").gte(200))
			.sort("last_name")
			.limit(10);
		assertThat(query.render()).endsWith(
				"\n| EVAL height_cm = ROUND(height * 100)\n| WHERE height_cm >= 200\n| SORT last_name\n| LIMIT 10");
	}

	@Test
	void fromDocumentLeavesOutNestedFieldsAndMultiFields() {
		assertThat(Esql.from(Post.class).render())
			.isEqualTo("FROM blog-* METADATA _id\n| KEEP _id, title, tags, published_at");
		assertThat(Esql.from(Book.class).render()).isEqualTo("FROM books METADATA _id\n| KEEP _id, title, page_count");
	}

	@Test
	void fromAClassWithoutIndexSaysWhatToAdd() {
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.from(Plain.class))
			.withMessage(Plain.class.getName()
					+ " declares no index: add @Document(index = \"...\") or use Esql.from(\"index\")");
	}

	@Test
	void rowsBecomeDocumentsWithObjectsAndIds() {
		EsqlResponse response = response(EMPLOYEE_COLUMNS + "]", "[\"e1\",10001,\"Kevin\",\"Macias\",1.6,true,"
				+ "\"1 Main St\",\"North Robert\",\"12345\"],[\"e2\",10002,\"Drew\",\"Harris\",1.68,false,null,\"Boltonshire\",null]");
		List<Employee> employees = response.documents(Employee.class);
		assertThat(employees).hasSize(2);
		Employee kevin = employees.get(0);
		assertThat(kevin.id).isEqualTo("e1");
		assertThat(kevin.empNo).isEqualTo(10001);
		assertThat(kevin.firstName).isEqualTo("Kevin");
		assertThat(kevin.lastName).isEqualTo("Macias");
		assertThat(kevin.height).isEqualTo(1.6f);
		assertThat(kevin.stillHired).isTrue();
		assertThat(kevin.address.address).isEqualTo("1 Main St");
		assertThat(kevin.address.city).isEqualTo("North Robert");
		assertThat(kevin.address.zipCode).isEqualTo("12345");
		Employee drew = employees.get(1);
		assertThat(drew.id).isEqualTo("e2");
		assertThat(drew.stillHired).isFalse();
		assertThat(drew.address.city).isEqualTo("Boltonshire");
		assertThat(drew.address.address).isNull();
	}

	@Test
	void additionalColumnsComeBesideTheDocument() {
		EsqlResponse response = response(EMPLOYEE_COLUMNS + ",{\"name\":\"height_cm\",\"type\":\"double\"}]",
				"[\"e1\",10001,\"Michael\",\"Adkins\",2.48,true,\"a\",\"North Stacey\",\"z\",248.0]");
		List<EsqlResult<Employee>> results = response.results(Employee.class);
		assertThat(results).hasSize(1);
		assertThat(results.get(0).document().lastName).isEqualTo("Adkins");
		assertThat(results.get(0).additional()).isEqualTo(Map.of("height_cm", 248.0));
	}

	@Test
	void missingFieldsFailNamingTheColumns() {
		EsqlResponse response = response("[{\"name\":\"_id\",\"type\":\"keyword\"},{\"name\":\"first_name\",\"type\":\"text\"}]",
				"[\"e1\",\"Kevin\"]");
		assertThatIllegalStateException().isThrownBy(() -> response.documents(Employee.class))
			.withMessage("The ES|QL result has no column for [emp_no, last_name, height, still_hired, address.address, "
					+ "address.city, address.zip_code] of " + Employee.class.getName() + " (it has [_id, first_name])"
					+ ": a KEEP, DROP, RENAME or STATS removed them. Keep those columns (Esql.from(Employee.class) keeps "
					+ "them all, with METADATA _id), or read with ignoreMissingFields = true to leave them null");
	}

	@Test
	void missingIdColumnFailsWhenTheDocumentHasAnIdField() {
		EsqlResponse response = response("[{\"name\":\"title\",\"type\":\"text\"},{\"name\":\"page_count\",\"type\":\"integer\"}]",
				"[\"Dune\",412]");
		assertThatIllegalStateException().isThrownBy(() -> response.documents(Book.class))
			.withMessageStartingWith("The ES|QL result has no column for [_id] of " + Book.class.getName());
		Book book = response.documents(Book.class, true).get(0);
		assertThat(book).isEqualTo(new Book(null, "Dune", 412));
	}

	@Test
	void ignoringMissingFieldsLeavesThemNull() {
		EsqlResponse response = response("[{\"name\":\"_id\",\"type\":\"keyword\"},{\"name\":\"first_name\",\"type\":\"text\"},"
				+ "{\"name\":\"address.city\",\"type\":\"text\"}]", "[\"e1\",\"Kevin\",\"Oslo\"]");
		Employee kevin = response.documents(Employee.class, true).get(0);
		assertThat(kevin.id).isEqualTo("e1");
		assertThat(kevin.firstName).isEqualTo("Kevin");
		assertThat(kevin.lastName).isNull();
		assertThat(kevin.empNo).isZero();
		assertThat(kevin.address.city).isEqualTo("Oslo");
		assertThat(kevin.address.zipCode).isNull();
		assertThat(response.results(Employee.class, true).get(0).additional()).isEmpty();
	}

	@Test
	void nestedFieldsAreReportedAsUnsupportedUnlessIgnored() {
		EsqlResponse response = response("[{\"name\":\"_id\",\"type\":\"keyword\"},{\"name\":\"title\",\"type\":\"text\"},"
				+ "{\"name\":\"tags\",\"type\":\"keyword\"},{\"name\":\"published_at\",\"type\":\"date\"}]",
				"[\"7\",\"Hello\",\"java\",\"2024-05-01T10:15:30.000Z\"],[\"8\",\"Bye\",[\"a\",\"b\"],null]");
		assertThatIllegalStateException().isThrownBy(() -> response.documents(Post.class))
			.withMessageContaining("no column for [comments.author, comments.content]")
			.withMessageContaining("ES|QL does not return nested fields such as comments.author");
		List<Post> posts = response.documents(Post.class, true);
		assertThat(posts.get(0).id).isEqualTo(7L);
		assertThat(posts.get(0).tags).containsExactly("java");
		assertThat(posts.get(0).publishedAt).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
		assertThat(posts.get(0).comments).isNull();
		assertThat(posts.get(1).tags).containsExactly("a", "b");
	}

	@Test
	void recordsAreReadThroughTheirConstructor() {
		EsqlResponse response = response("[{\"name\":\"_id\",\"type\":\"keyword\"},{\"name\":\"title\",\"type\":\"text\"},"
				+ "{\"name\":\"page_count\",\"type\":\"integer\"},{\"name\":\"score\",\"type\":\"double\"}]",
				"[\"978-0\",\"Dune\",412,1.5]");
		EsqlResult<Book> result = response.results(Book.class).get(0);
		assertThat(result.document()).isEqualTo(new Book("978-0", "Dune", 412));
		assertThat(result.additional()).containsExactly(Map.entry("score", 1.5));
	}

	@Test
	void aValueThatDoesNotFitNamesTheRowAndClass() {
		EsqlResponse response = response(EMPLOYEE_COLUMNS + "]",
				"[\"e1\",\"not a number\",\"K\",\"M\",1.6,true,\"a\",\"b\",\"c\"]");
		assertThatIllegalArgumentException().isThrownBy(() -> response.documents(Employee.class))
			.withMessageStartingWith("Row 0 of the ES|QL result does not fit " + Employee.class.getName() + ": ");
	}

	private static EsqlResponse response(String columns, String rows) {
		String body = "{\"took\":28,\"is_partial\":false,\"columns\":" + columns + ",\"values\":[" + rows + "]}";
		return EsqlResponse.parse(body.getBytes(StandardCharsets.UTF_8));
	}

}
