package io.github.esdsl.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.DocumentField;
import io.github.esdsl.document.DocumentMetadata;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Validation before a write: required fields, value types, inner objects and the clean hook.
 */
class ValidationTest {

	@Document(index = "loose")
	static class Loose {

		@Field(type = FieldType.INTEGER)
		Object count;

		@Field(type = FieldType.KEYWORD)
		Object tag;

		@Field(type = FieldType.BOOLEAN)
		Object flag;

		@Field(type = FieldType.DATE)
		Object when;

		@Field(type = FieldType.SHORT)
		List<Object> small = new ArrayList<>();

	}

	@Document(index = "cleaned")
	static class Cleaned implements Cleanable {

		@Field(required = true)
		String name;

		@Field(type = FieldType.KEYWORD)
		String slug;

		int cleanCalls;

		@Override
		public void clean() {
			this.cleanCalls++;
			if ("forbidden".equals(this.name)) {
				throw new ValidationException("name", "This name is not allowed.");
			}
			this.slug = this.name.toLowerCase().replace(' ', '-');
		}

	}

	@Test
	void aValidDocumentPasses() {
		Article article = new Article("1", "Title", "a", 1);
		article.comments.add(new Article.Comment("b", "c"));
		assertThatNoException().isThrownBy(() -> Validator.validate(article));
	}

	@Test
	void missingRequiredFieldsAreReportedByPathIncludingInnerObjects() {
		Article article = new Article("1", "", "a", 1);
		article.comments.add(new Article.Comment("ok", "c"));
		article.comments.add(new Article.Comment(null, "c"));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> Validator.validate(article))
			.satisfies((ex) -> assertThat(ex.errors()).isEqualTo(
					Map.of("title", List.of(Validator.REQUIRED), "comments.author", List.of(Validator.REQUIRED))))
			.withMessage("Document is not valid: title: Value required for this field., "
					+ "comments.author: Value required for this field.");
	}

	@Test
	void valuesOfTheWrongTypeOrOutOfRangeAreReported() {
		Loose loose = new Loose();
		loose.count = "seven";
		loose.tag = 12;
		loose.flag = "yes";
		loose.when = new Object() {
			@Override
			public String toString() {
				return "not a date";
			}
		};
		loose.small.add(5);
		loose.small.add(40_000);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> Validator.validate(loose))
			.satisfies((ex) -> assertThat(ex.errors()).containsExactly(
					Map.entry("count", List.of("Expected a whole number for a integer field, got String 'seven'.")),
					Map.entry("tag", List.of("Expected text for a keyword field, got Integer '12'.")),
					Map.entry("flag", List.of("Expected true or false for a boolean field, got String 'yes'.")),
					Map.entry("when", List.of("Expected a date (java.time value, java.util.Date, text or epoch millis) "
							+ "for a date field, got  'not a date'.")),
					Map.entry("small", List.of("Value 40000 is out of range for a short field (-32768 to 32767)."))));
	}

	@Test
	void longsThatFitAnIntegerFieldPass() {
		Loose loose = new Loose();
		loose.count = 7L;
		loose.when = 1_700_000_000_000L;
		assertThatNoException().isThrownBy(() -> Validator.validate(loose));
	}

	@Test
	void cleanRunsAfterTheFieldsPassedAndMayRefuse() {
		Cleaned cleaned = new Cleaned();
		cleaned.name = "Hello World";
		Validator.validate(cleaned);
		assertThat(cleaned.slug).isEqualTo("hello-world");
		cleaned.name = "forbidden";
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> Validator.validate(cleaned))
			.satisfies((ex) -> assertThat(ex.errors()).isEqualTo(Map.of("name", List.of("This name is not allowed."))));
		Cleaned missing = new Cleaned();
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> Validator.validate(missing));
		assertThat(missing.cleanCalls).isZero();
	}

	@Test
	void saveValidatesBeforeSendingAnything() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(500, "{}"))) {
			assertThatExceptionOfType(ValidationException.class)
				.isThrownBy(() -> new DocumentOperations(es.connection()).save(new Article("1", null, "a", 1)));
			assertThat(es.requests()).isEmpty();
		}
	}

	@Test
	void initOfAPatternIndexPointsToTemplates() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(500, "{}"))) {
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> new DocumentOperations(es.connection()).init(LogLine.class))
				.withMessage(LogLine.class.getName() + " declares the index pattern 'logs-*': save it as a template with "
						+ "indices().save(Index.of(LogLine.class).asComposableTemplate(\"name\", priority)), "
						+ "or init a concrete index with on(\"...\")");
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> new DocumentOperations(es.connection()).get(LogLine.class, "1"))
				.withMessageContaining("declares the index pattern 'logs-*'");
			assertThat(es.requests()).isEmpty();
		}
	}

	@Document(index = "typed")
	static class Typed {

		@Field(type = FieldType.KEYWORD)
		String tag;

		@Field(type = FieldType.INTEGER)
		int count;

		@Field(type = FieldType.INTEGER)
		long big;

		@Field(type = FieldType.KEYWORD)
		Object loose;

		@Field(type = FieldType.KEYWORD)
		List<String> tags;

		@Field(type = FieldType.KEYWORD, required = true)
		String name;

		@Field(type = FieldType.DATE)
		java.time.Instant when;

		@Field(type = FieldType.BOOLEAN)
		String flag;

	}

	@Test
	void onlyFieldsWhoseDeclaredTypeCanHoldAWrongValueOrNoneAreChecked() {
		List<String> checked = DocumentMetadata.of(Typed.class)
			.fields()
			.stream()
			.filter((field) -> field.mapped() && Validator.needsCheck(field))
			.map(DocumentField::name)
			.toList();
		assertThat(checked).containsExactly("big", "loose", "tags", "name", "flag");
	}

	@Test
	void fieldsThatCanHoldAWrongValueAreStillChecked() {
		Typed typed = new Typed();
		typed.name = "n";
		typed.big = 3_000_000_000L;
		typed.flag = "yes";
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> Validator.validate(typed))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("big", "flag"));
	}

}
