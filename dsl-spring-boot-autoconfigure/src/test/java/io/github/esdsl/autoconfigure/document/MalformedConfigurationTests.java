package io.github.esdsl.autoconfigure.document;

import java.util.List;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.InvalidConnectionPropertyException;
import io.github.esdsl.autoconfigure.document.samples.badfield.BadField;
import io.github.esdsl.autoconfigure.document.samples.clash.ClashDraft;
import io.github.esdsl.autoconfigure.document.samples.clash.ClashPost;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed configuration fails at startup, before any request, with a message naming the
 * property or the document classes, the offending value and what would be right; the failure
 * analyzers Spring Boot would use turn it into a readable description and action.
 */
class MalformedConfigurationTests {

	private static final String EXAMPLE = "use a URI such as http://localhost:9200 or https://es.example.com:9243";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				DocumentIndexAutoConfiguration.class))
		.withPropertyValues("elasticsearch.dsl.index-management=templates");

	@Test
	void hostWithoutSchemeSeparatorFailsNamingPropertyAndValue() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.x.hosts=http://es1:9200,http//es2:9200")
			.run((context) -> {
				InvalidConnectionPropertyException ex = find(context.getStartupFailure(),
						InvalidConnectionPropertyException.class);
				assertThat(ex.getMessage()).isEqualTo("Invalid value '[http://es1:9200, http//es2:9200]' for property "
						+ "'elasticsearch.dsl.connections.x.hosts': Invalid host 'http//es2:9200': the scheme must be "
						+ "followed by '://'; " + EXAMPLE);
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).isEqualTo("The value '[http://es1:9200, http//es2:9200]' of "
						+ "property 'elasticsearch.dsl.connections.x.hosts' is invalid: Invalid host 'http//es2:9200': "
						+ "the scheme must be followed by '://'; " + EXAMPLE);
				assertThat(analysis.getAction()).isEqualTo("Update 'elasticsearch.dsl.connections.x.hosts' to URIs such as "
						+ "http://localhost:9200 or https://es1.example.com:9200.");
			});
	}

	@Test
	void hostWithBadPortFailsNamingPropertyAndValue() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.x.hosts=http://es1:92OO")
			.run((context) -> assertThat(find(context.getStartupFailure(), InvalidConnectionPropertyException.class)
				.getMessage()).isEqualTo("Invalid value '[http://es1:92OO]' for property "
						+ "'elasticsearch.dsl.connections.x.hosts': Invalid host 'http://es1:92OO': port '92OO' is not "
						+ "a number; " + EXAMPLE));
	}

	@Test
	void negativeConnectTimeoutFailsNamingPropertyAndValue() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.x.connect-timeout=-5s").run((context) -> {
			InvalidConnectionPropertyException ex = find(context.getStartupFailure(),
					InvalidConnectionPropertyException.class);
			assertThat(ex.getProperty()).isEqualTo("elasticsearch.dsl.connections.x.connect-timeout");
			assertThat(ex.getMessage()).isEqualTo("Invalid value 'PT-5S' for property "
					+ "'elasticsearch.dsl.connections.x.connect-timeout': connectTimeout must not be negative but was PT-5S");
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("The value 'PT-5S' of property "
					+ "'elasticsearch.dsl.connections.x.connect-timeout' is invalid: connectTimeout must not be "
					+ "negative but was PT-5S");
			assertThat(analysis.getAction()).isEqualTo("Update 'elasticsearch.dsl.connections.x.connect-timeout' to a "
					+ "duration that is not negative, such as 5s or 500ms.");
		});
	}

	@Test
	void negativeHealthTimeoutFailsBindingNamingPropertyAndValue() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.health.timeout=-1s").run((context) -> {
			find(context.getStartupFailure(), BindException.class);
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("Property: elasticsearch.dsl.health.timeout", "Value: \"-1s\"",
					"Reason: java.lang.IllegalArgumentException: timeout must be a duration of more than zero, such as "
							+ "5s, but was PT-1S");
		});
	}

	@Test
	void zeroRetryIntervalFailsBindingNamingPropertyAndValue() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.startup.retry-interval=0s").run((context) -> {
			BindException ex = find(context.getStartupFailure(), BindException.class);
			assertThat(analyze(context.getStartupFailure()).getDescription()).contains(
					"Property: elasticsearch.dsl.startup.retry-interval", "Value: \"0s\"",
					"retry-interval must be a duration of more than zero, such as 1s, but was PT0S");
		});
	}

	@Test
	void negativeTemplatePriorityFailsBindingNamingPropertyAndValue() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.templates.priority=-1").run((context) -> {
			BindException ex = find(context.getStartupFailure(), BindException.class);
			assertThat(analyze(context.getStartupFailure()).getDescription()).contains(
					"Property: elasticsearch.dsl.templates.priority", "Value: \"-1\"",
					"priority must be zero or more, such as 150, but was -1");
		});
	}

	@Test
	void fieldAttributeThatDoesNotApplyToTheTypeFailsNamingClassFieldAndAllowedTypes() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.documents.packages=" + BadField.class.getPackageName(),
					"elasticsearch.dsl.index-management=none")
			.run((context) -> {
				InvalidDocumentException ex = find(context.getStartupFailure(), InvalidDocumentException.class);
				assertThat(ex.getDocumentClasses()).containsExactly(BadField.class);
				assertThat(ex.getMessage()).isEqualTo("Document " + BadField.class.getName() + " cannot be mapped: "
						+ "normalizer does not apply to text field " + BadField.class.getName() + ".title; it applies "
						+ "to [keyword]");
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).isEqualTo("The mapping of document " + BadField.class.getName()
						+ " is invalid: normalizer does not apply to text field " + BadField.class.getName()
						+ ".title; it applies to [keyword]");
				assertThat(analysis.getAction()).isEqualTo("Correct the @Field annotations of " + BadField.class.getName()
						+ ": use only attributes and options that apply to the field's type.");
			});
	}

	@Test
	void twoDocumentsMappingOneFieldOfAnIndexDifferentlyFailBeforeAnyRequest() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.documents.packages=" + ClashPost.class.getPackageName(),
					"elasticsearch.dsl.connections.default.hosts=http://127.0.0.1:1")
			.run((context) -> {
				InvalidDocumentException ex = find(context.getStartupFailure(), InvalidDocumentException.class);
				assertThat(ex.getDocumentClasses()).containsExactlyInAnyOrder(ClashPost.class, ClashDraft.class);
				assertThat(ex.getIndex()).isEqualTo("esdsl-clash");
				String both = "[" + ClashDraft.class.getName() + ", " + ClashPost.class.getName() + "]";
				String reason = "Documents " + ClashDraft.class.getName() + " and " + ClashPost.class.getName()
						+ " cannot share index 'esdsl-clash': Conflicting mapping at 'field title (type)': keyword and text";
				assertThat(ex.getMessage())
					.isEqualTo("Document " + both + " of index 'esdsl-clash' cannot be mapped: " + reason);
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.isEqualTo("The mapping of document " + both + " (index 'esdsl-clash') is invalid: " + reason);
				assertThat(analysis.getAction()).isEqualTo("Give the field the same definition in " + both
						+ ", or store the classes in different indices with @Document(index = ...).");
			});
	}

	@Test
	void conflictingDocumentsFailEvenWithoutIndexManagement() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.documents.packages=" + ClashPost.class.getPackageName(),
					"elasticsearch.dsl.index-management=none")
			.run((context) -> assertThat(find(context.getStartupFailure(), InvalidDocumentException.class).getIndex())
				.isEqualTo("esdsl-clash"));
	}

	/**
	 * The analysis Spring Boot would print: the first of the registered analyzers that knows the
	 * failure.
	 */
	static FailureAnalysis analyze(Throwable failure) {
		assertThat(failure).as("startup failure").isNotNull();
		SpringFactoriesLoader.ArgumentResolver arguments = SpringFactoriesLoader.ArgumentResolver
			.of(BeanFactory.class, new DefaultListableBeanFactory())
			.and(Environment.class, new StandardEnvironment());
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader
			.forDefaultResourceLocation(MalformedConfigurationTests.class.getClassLoader())
			.load(FailureAnalyzer.class, arguments, (type, name, ex) -> {
				// as Spring Boot does: analyzers whose classes are missing are left out
			});
		for (FailureAnalyzer analyzer : analyzers) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		throw new AssertionError("No failure analyzer explains " + failure, failure);
	}

	static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		return DocumentIndexAutoConfigurationTests.find(failure, type);
	}

}
