package io.github.esdsl.autoconfigure.document;

import java.lang.reflect.Constructor;
import java.net.URI;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import io.github.esdsl.autoconfigure.document.samples.orphan.Orphan;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

class FailureAnalyzersTests {

	@Test
	void unknownAliasNamesDocumentAliasAndKnownAliases() {
		FailureAnalysis analysis = new UnknownDocumentAliasFailureAnalyzer()
			.analyze(new UnknownDocumentAliasException(Orphan.class, "missing", Set.of("default")));
		assertThat(analysis.getDescription()).isEqualTo("Document class " + Orphan.class.getName()
				+ " uses connection alias 'missing' (@Document(using = \"missing\")), but no such connection is "
				+ "configured. Configured aliases: [default].");
		assertThat(analysis.getAction()).isEqualTo("Configure the connection with "
				+ "'elasticsearch.dsl.connections.missing.hosts', or change @Document(using = ...) of Orphan to one of [default].");
	}

	@Test
	void unreachableClusterNamesAliasHostsAndMode() {
		RuntimeException cause = new RuntimeException("Connection refused: http://127.0.0.1:1");
		FailureAnalysis analysis = new ClusterUnavailableFailureAnalyzer().analyze(new ClusterUnavailableException(
				"default", List.of(URI.create("http://127.0.0.1:1")), "templates", cause));
		assertThat(analysis.getDescription()).isEqualTo("Elasticsearch of connection 'default' at [http://127.0.0.1:1] "
				+ "could not be reached, but 'elasticsearch.dsl.index-management=templates' needs it at startup: "
				+ "Connection refused: http://127.0.0.1:1");
		assertThat(analysis.getAction()).isEqualTo("Start Elasticsearch or correct "
				+ "'elasticsearch.dsl.connections.default.hosts'. To start without the cluster, set "
				+ "'elasticsearch.dsl.index-management=none' or 'elasticsearch.dsl.startup.fail-fast=false'.");
	}

	@Test
	void compatibilityMismatchSuggestsTheServerMajorVersion() {
		FailureAnalysis analysis = new IncompatibleClusterFailureAnalyzer().analyze(new IncompatibleClusterException(
				"logs", "8.19.3", 9, "set compatibility to 8 or leave it unset", null));
		assertThat(analysis.getDescription()).isEqualTo("Connection 'logs' sends "
				+ "'elasticsearch.dsl.connections.logs.compatibility=9' media types, but the server is version 8.19.3 "
				+ "and rejects them: Connection 'logs' asks for the REST API of version 9 but the server is version "
				+ "8.19.3: set compatibility to 8 or leave it unset");
		assertThat(analysis.getAction())
			.isEqualTo("Set 'elasticsearch.dsl.connections.logs.compatibility' to 8 (the server's major version), or remove it.");
	}

	@Test
	void compatibilityMismatchWithAnUnknownServerVersionHasNoPlaceholder() {
		FailureAnalysis analysis = new IncompatibleClusterFailureAnalyzer().analyze(new IncompatibleClusterException(
				"logs", null, 9, "Invalid media-type value on headers [Accept]", null));
		assertThat(analysis.getAction()).isEqualTo("Remove 'elasticsearch.dsl.connections.logs.compatibility', or set "
				+ "it to the major version the server reports at GET /.");
	}

	@Test
	void mappingConflictListsIndexFieldAndBothDefinitions() {
		IndexMappingConflictException ex = new IndexMappingConflictException(List.of(
				"index 'blog' maps field 'title' as {type=keyword} but [com.example.Post] define it as {type=text}"),
				false);
		FailureAnalysis analysis = new IndexMappingConflictFailureAnalyzer().analyze(ex);
		assertThat(analysis.getDescription()).isEqualTo("Index mappings conflict with the document classes:"
				+ System.lineSeparator() + "  - index 'blog' maps field 'title' as {type=keyword} but "
				+ "[com.example.Post] define it as {type=text}");
		assertThat(analysis.getAction()).startsWith("Change the document classes to match the existing indices");
	}

	@Test
	void validationListsEveryDifference() {
		IndexMappingConflictException ex = new IndexMappingConflictException(List.of("one", "two"), true);
		FailureAnalysis analysis = new IndexMappingConflictFailureAnalyzer().analyze(ex);
		assertThat(analysis.getDescription()).isEqualTo("The cluster differs from the document classes:"
				+ System.lineSeparator() + "  - one" + System.lineSeparator() + "  - two");
		assertThat(analysis.getAction()).startsWith("Bring the cluster in line with the document classes");
	}

	@Test
	void everyAnalyzerIsRegisteredAndCanBeCreated() throws Exception {
		Properties factories = PropertiesLoaderUtils
			.loadProperties(new ClassPathResource("META-INF/spring.factories"));
		List<String> names = List.of(factories.getProperty(FailureAnalyzer.class.getName()).split(","));
		assertThat(names).containsExactly("io.github.esdsl.autoconfigure.InvalidConnectionPropertyFailureAnalyzer",
				"io.github.esdsl.autoconfigure.UnknownConnectionPropertyFailureAnalyzer",
				"io.github.esdsl.autoconfigure.document.UnknownDocumentAliasFailureAnalyzer",
				"io.github.esdsl.autoconfigure.document.ClusterUnavailableFailureAnalyzer",
				"io.github.esdsl.autoconfigure.document.IncompatibleClusterFailureAnalyzer",
				"io.github.esdsl.autoconfigure.document.IndexMappingConflictFailureAnalyzer",
				"io.github.esdsl.autoconfigure.document.InvalidDocumentFailureAnalyzer",
				"io.github.esdsl.autoconfigure.faceted.UnknownFacetKindFailureAnalyzer",
				"io.github.esdsl.autoconfigure.template.UnknownAliasQualifierFailureAnalyzer");
		for (String name : names) {
			Constructor<?> constructor = Class.forName(name).getDeclaredConstructors()[0];
			ReflectionUtils.makeAccessible(constructor);
			Object analyzer = (constructor.getParameterCount() == 0) ? constructor.newInstance()
					: constructor.newInstance(new StandardEnvironment());
			assertThat(analyzer).isInstanceOf(FailureAnalyzer.class);
		}
	}

}
