package io.github.esdsl.autoconfigure.document;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.ElasticsearchDslProperties;
import io.github.esdsl.autoconfigure.document.samples.blog.Comment;
import io.github.esdsl.autoconfigure.document.samples.blog.Post;
import io.github.esdsl.autoconfigure.document.samples.orphan.Orphan;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.health.FakeCluster;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIndexAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				DocumentIndexAutoConfiguration.class))
		.withPropertyValues("elasticsearch.dsl.index-management=none");

	@Test
	void documentsPackagesPropertyIsScanned() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.documents.packages=" + Post.class.getPackageName())
			.run((context) -> assertThat(context.getBean(DocumentIndexInitializer.class).getDocumentClasses())
				.containsExactlyInAnyOrder(Post.class, Comment.class));
	}

	@Test
	void documentScanPackagesAreScanned() {
		this.contextRunner.withUserConfiguration(ScanConfiguration.class)
			.run((context) -> assertThat(context.getBean(DocumentIndexInitializer.class).getDocumentClasses())
				.containsExactlyInAnyOrder(Post.class, Comment.class));
	}

	@Test
	void autoConfigurationPackagesAreScannedByDefault() {
		this.contextRunner.withUserConfiguration(PackageConfiguration.class)
			.run((context) -> assertThat(context.getBean(DocumentIndexInitializer.class).getDocumentClasses())
				.containsExactlyInAnyOrder(Post.class, Comment.class));
	}

	@Test
	void propertyWinsOverDocumentScan() {
		this.contextRunner.withUserConfiguration(ScanConfiguration.class)
			.withPropertyValues("elasticsearch.dsl.documents.packages=" + Orphan.class.getPackageName())
			.run((context) -> assertThat(context).getFailure().isInstanceOf(Exception.class)
				.rootCause()
				.isInstanceOf(UnknownDocumentAliasException.class));
	}

	@Test
	void noPackagesMeansNoDocuments() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.index-management=templates")
			.run((context) -> assertThat(context.getBean(DocumentIndexInitializer.class).getDocumentClasses())
				.isEmpty());
	}

	@Test
	void unknownAliasFailsStartupNamingDocumentAndAliases() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.documents.packages=" + Orphan.class.getPackageName())
			.run((context) -> {
				UnknownDocumentAliasException ex = find(context.getStartupFailure(), UnknownDocumentAliasException.class);
				assertThat(ex.getMessage()).isEqualTo("Document " + Orphan.class.getName()
						+ " uses connection alias 'missing', but the configured aliases are [default]");
			});
	}

	@Test
	void configureWhenCustomInitializerShouldBackOff() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.documents.packages=" + Orphan.class.getPackageName())
			.withBean(DocumentIndexInitializer.class,
					() -> new DocumentIndexInitializer(new Connections(), new ElasticsearchDslProperties(),
							java.util.List.of()))
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(DocumentIndexInitializer.class)
				.extracting(DocumentIndexInitializer::getDocumentClasses)
				.asList()
				.isEmpty());
	}

	@Test
	void unreachableClusterFailsStartupWhenIndexManagementNeedsIt() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.documents.packages=" + Post.class.getPackageName(),
					"elasticsearch.dsl.index-management=templates",
					"elasticsearch.dsl.connections.default.hosts=http://127.0.0.1:1",
					"elasticsearch.dsl.connections.default.max-retries=0")
			.run((context) -> {
				ClusterUnavailableException ex = find(context.getStartupFailure(), ClusterUnavailableException.class);
				assertThat(ex.getAlias()).isEqualTo("default");
				assertThat(ex.getIndexManagement()).isEqualTo("templates");
				assertThat(ex.getHosts()).hasToString("[http://127.0.0.1:1]");
			});
	}

	@Test
	void unreachableClusterIsLoggedWhenNotFailingFast() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.documents.packages=" + Post.class.getPackageName(),
					"elasticsearch.dsl.index-management=templates", "elasticsearch.dsl.startup.fail-fast=false",
					"elasticsearch.dsl.connections.default.hosts=http://127.0.0.1:1",
					"elasticsearch.dsl.connections.default.max-retries=0")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void indexManagementNoneNeverContactsTheCluster() throws Exception {
		try (FakeCluster cluster = new FakeCluster()) {
			this.contextRunner
				.withPropertyValues("elasticsearch.dsl.documents.packages=" + Post.class.getPackageName(),
						"elasticsearch.dsl.connections.default.hosts=" + cluster.url())
				.run((context) -> assertThat(context).hasNotFailed());
			assertThat(cluster.requests()).isEmpty();
		}
	}

	@Test
	void compatibilityAboveTheServerVersionFailsStartup() throws Exception {
		try (FakeCluster cluster = new FakeCluster()) {
			cluster.answer(200, "{\"version\":{\"number\":\"8.19.3\"}}");
			this.contextRunner
				.withPropertyValues("elasticsearch.dsl.documents.packages=" + Post.class.getPackageName(),
						"elasticsearch.dsl.index-management=templates",
						"elasticsearch.dsl.connections.default.hosts=" + cluster.url(),
						"elasticsearch.dsl.connections.default.compatibility=9")
				.run((context) -> {
					IncompatibleClusterException ex = find(context.getStartupFailure(),
							IncompatibleClusterException.class);
					assertThat(ex.getServerVersion()).isEqualTo("8.19.3");
					assertThat(ex.getCompatibility()).isEqualTo(9);
					assertThat(ex.getMessage()).isEqualTo("Connection 'default' asks for the REST API of version 9 but "
							+ "the server is version 8.19.3: set compatibility to 8 or leave it unset");
				});
			assertThat(cluster.requests()).containsExactly("GET /");
		}
	}

	@Test
	void mediaTypeRejectionFailsStartupAsIncompatible() throws Exception {
		try (FakeCluster cluster = new FakeCluster()) {
			cluster.answer(400, """
					{"error":{"type":"media_type_header_exception","reason":"Invalid media-type value on headers [Accept]"},"status":400}""");
			this.contextRunner
				.withPropertyValues("elasticsearch.dsl.documents.packages=" + Post.class.getPackageName(),
						"elasticsearch.dsl.index-management=validate",
						"elasticsearch.dsl.connections.default.hosts=" + cluster.url(),
						"elasticsearch.dsl.connections.default.compatibility=9")
				.run((context) -> {
					IncompatibleClusterException ex = find(context.getStartupFailure(),
							IncompatibleClusterException.class);
					assertThat(ex.getMessage()).isEqualTo("Connection 'default' asks for the REST API of version 9 but the "
							+ "server rejects it: Invalid media-type value on headers [Accept]");
				});
		}
	}

	static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (type.isInstance(candidate)) {
				return type.cast(candidate);
			}
		}
		throw new AssertionError("No " + type.getSimpleName() + " in " + failure, failure);
	}

	@Configuration(proxyBeanMethods = false)
	@DocumentScan(basePackageClasses = Post.class)
	static class ScanConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Post.class)
	static class PackageConfiguration {

	}

}
