package io.github.esdsl.document;

import org.junit.jupiter.api.Test;

import io.github.esdsl.esql.Esql;
import io.github.esdsl.search.Search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MappedFieldTest {

	private final MappedField height = MappedField.of("height", "float");

	@Test
	void referenceIsItsPathAndType() {
		assertThat(this.height.path()).isEqualTo("height");
		assertThat(this.height.type()).isEqualTo("float");
		assertThat(this.height).hasToString("height").isEqualTo(MappedField.of("height", "float"))
			.isNotEqualTo(MappedField.of("height", "double"));
	}

	@Test
	void blankPathsAndTypesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> MappedField.of(" ", "text"))
			.withMessage("A field path must be non-blank and not start or end with a dot, not ' '");
		assertThatIllegalArgumentException().isThrownBy(() -> MappedField.of("title.", "text"))
			.withMessage("A field path must be non-blank and not start or end with a dot, not 'title.'");
		assertThatIllegalArgumentException().isThrownBy(() -> MappedField.of("title", null))
			.withMessage("Field title needs its Elasticsearch type, not 'null'");
	}

	@Test
	void sortKeysArePythonsUnaryPlusAndMinus() {
		assertThat(this.height.desc()).hasToString("-height").isEqualTo(MappedField.of("height", "float").desc());
		assertThat(this.height.asc()).hasToString("height");
		assertThat(Search.of("people").sort(this.height.desc(), this.height.asc()).toJson())
			.isEqualTo("{\"sort\":[{\"height\":{\"order\":\"desc\"}},\"height\"]}");
		assertThat(Esql.from("people").sort(this.height.desc()).render()).isEqualTo("FROM people\n| SORT height DESC");
	}

	@Test
	void referenceIsAnEsqlColumn() {
		MappedField name = MappedField.of("first name", "text");
		assertThat(name.eq("Ann")).hasToString("`first name` == \"Ann\"");
		assertThat(this.height.times(100).plus(this.height)).hasToString("height * 100 + height");
		assertThat(this.height.gte(2).and(name.isNotNull())).hasToString("(height >= 2) AND (`first name` IS NOT NULL)");
		assertThat(name.like("A*")).hasToString("`first name` LIKE \"A*\"");
		assertThat(Esql.from("people").eval(this.height.div(2).as("half")).render())
			.isEqualTo("FROM people\n| EVAL half = height / 2");
	}

	@Test
	void nullReferencesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Search.of("people").sort((FieldRef) null))
			.withMessageContaining("Sort key [0] is null");
		assertThatIllegalArgumentException().isThrownBy(() -> FieldRef.pathOf(null))
			.withMessage("The field reference is null: give a metamodel field such as Post_.title");
	}

}
