package io.github.esdsl.processor;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.esql.Esql;
import io.github.esdsl.esql.F;
import io.github.esdsl.processor.guide.Employee;
import io.github.esdsl.processor.guide.Employee_;
import io.github.esdsl.processor.guide.MyDocument;
import io.github.esdsl.processor.guide.MyDocument_;
import io.github.esdsl.processor.guide.Post_;
import io.github.esdsl.search.Search;

import static io.github.esdsl.esql.Esql.E;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The how-to guide's examples that use document class attributes, written with the generated
 * metamodel, give the JSON and query text the Python DSL gives.
 */
class GuideReferencesTest {

	@Test
	void guideSortByCreatedAtDescendingAndTitle() {
		// s = MyDocument.search().sort(-MyDocument.created_at, MyDocument.title)
		Search<MyDocument> s = Search.of(MyDocument.class).sort(MyDocument_.createdAt.desc(), MyDocument_.title);
		assertThat(s.toJson()).isEqualTo("{\"sort\":[{\"created_at\":{\"order\":\"desc\"}},\"title\"]}");
		assertThat(s.toMap()).isEqualTo(Search.of(MyDocument.class).sort("-created_at", "title").toMap());
	}

	@Test
	void ascendingIsTheBarePathAsPythonsUnaryPlus() {
		assertThat(Search.of(MyDocument.class).sort(MyDocument_.title.asc()).toJson())
			.isEqualTo("{\"sort\":[\"title\"]}");
	}

	@Test
	void guideEsqlAdditionalFields() {
		// Employee.esql_from().eval(height_cm=functions.round(Employee.height * 100))
		//     .where(E("height_cm") >= 200).sort(Employee.last_name).limit(10)
		Esql query = Esql.from(Employee.class)
			.eval(F.round(Employee_.height.times(100)).as("height_cm"))
			.where(E("height_cm").gte(200))
			.sort(Employee_.lastName)
			.limit(10);
		assertThat(query.render()).isEqualTo("""
				FROM employees METADATA _id
				| KEEP _id, emp_no, first_name, last_name, height, still_hired, address.address, address.city, address.zip_code
				| EVAL height_cm = ROUND(height * 100)
				| WHERE height_cm >= 200
				| SORT last_name
				| LIMIT 10""");
	}

	@Test
	void guideEsqlTallEmployees() {
		// Employee.esql_from().where(Employee.height > 2).sort(Employee.last_name).limit(4)
		Esql query = Esql.from(Employee.class).where(Employee_.height.gt(2)).sort(Employee_.lastName).limit(4);
		assertThat(query.render()).endsWith("\n| WHERE height > 2\n| SORT last_name\n| LIMIT 4");
	}

	@Test
	void renamedFieldWritesItsElasticsearchName() {
		assertThat(Post_.title.path()).isEqualTo("headline");
		assertThat(Post_.title.type()).isEqualTo("text");
		assertThat(Post_.title.raw.path()).isEqualTo("headline.raw");
		assertThat(Post_.title.raw.type()).isEqualTo("keyword");
		assertThat(Search.of("posts").highlight(Post_.title).sort(Post_.title.raw).toJson())
			.isEqualTo("{\"sort\":[\"headline.raw\"],\"highlight\":{\"fields\":{\"headline\":{}}}}");
	}

	@Test
	void nestedObjectFieldsArePathsBelowTheField() {
		assertThat(Post_.comments.path()).isEqualTo("comments");
		assertThat(Post_.comments.type()).isEqualTo("nested");
		assertThat(Post_.comments.author.path()).isEqualTo("comments.author");
		assertThat(Post_.comments.author.type()).isEqualTo("keyword");
		assertThat(Post_.comments.author.text.path()).isEqualTo("comments.author.text");
		assertThat(Employee_.address.zipCode.path()).isEqualTo("address.zip_code");
		assertThat(Employee_.address.type()).isEqualTo("object");
	}

	@Test
	void referencesStandForTheirPathInsideOptionMaps() {
		Search<Map<String, Object>> s = Search.of("posts")
			.suggest("fix", "pyhton", Map.of("term", Map.of("field", Post_.title)));
		assertThat(s.toJson()).isEqualTo(Search.of("posts")
			.suggest("fix", "pyhton", Map.of("term", Map.of("field", "headline")))
			.toJson());
		assertThat(Search.of("posts").knn(Map.of("field", Post_.embedding, "k", 1, "num_candidates", 5,
				"query_vector", java.util.List.of(1, 2, 3))).toMap())
			.isEqualTo(Search.of("posts").knn("embedding", 1, 5, java.util.List.of(1, 2, 3)).toMap());
	}

}
