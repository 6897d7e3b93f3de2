package io.github.esdsl.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.Connections;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node.Protocol;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ConnectionDetails beans against the {@code elasticsearch.dsl.connections} properties: a bean
 * wins, as in Spring Boot.
 */
class ConnectionDetailsTests {

	private static final String UNREACHABLE = "elasticsearch.dsl.connections.default.hosts=http://127.0.0.1:1";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class));

	@Test
	void esdslConnectionDetailsBeanWinsOverHostsPropertyAndKeepsTheOtherProperties() {
		ElasticsearchDslConnectionDetails details = () -> List.of(URI.create("http://127.0.0.1:9299"));
		this.contextRunner.withBean(ElasticsearchDslConnectionDetails.class, () -> details)
			.withPropertyValues(UNREACHABLE, "elasticsearch.dsl.connections.default.username=ignored",
					"elasticsearch.dsl.connections.default.request-timeout=7s")
			.run((context) -> {
				ConnectionSettings settings = context.getBean(Connections.class).get().settings();
				assertThat(settings.hosts()).containsExactly(URI.create("http://127.0.0.1:9299"));
				assertThat(settings.username()).isNull();
				assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
			});
	}

	@Test
	void springBootConnectionDetailsBeanWinsOverHostsProperty() {
		// the bean Testcontainers' @ServiceConnection registers for an ElasticsearchContainer
		ElasticsearchConnectionDetails details = () -> List
			.of(new Node("127.0.0.1", 32768, Protocol.HTTP, "elastic", "changeme"));
		this.contextRunner.withBean(ElasticsearchConnectionDetails.class, () -> details)
			.withPropertyValues(UNREACHABLE)
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				assertThat(connections.aliases()).containsExactly("default");
				assertThat(connections.get().settings().hosts()).containsExactly(URI.create("http://127.0.0.1:32768"));
				assertThat(connections.get().settings().username()).isEqualTo("elastic");
			});
	}

	@Test
	void springBootConnectionDetailsBeanNamedLikeAnAliasIsForThatAlias() {
		ElasticsearchConnectionDetails archive = () -> List.of(new Node("archive-node", 9200, Protocol.HTTP));
		this.contextRunner.withBean("archive", ElasticsearchConnectionDetails.class, () -> archive)
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://main:9200",
					"elasticsearch.dsl.connections.archive.hosts=http://127.0.0.1:1")
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				assertThat(connections.get().settings().hosts()).containsExactly(URI.create("http://main:9200"));
				assertThat(connections.get("archive").settings().hosts())
					.containsExactly(URI.create("http://archive-node:9200"));
			});
	}

	@Test
	void esdslConnectionDetailsBeanWinsOverSpringBootOneForTheSameAlias() {
		ElasticsearchDslConnectionDetails esdsl = () -> List.of(URI.create("http://esdsl:9200"));
		ElasticsearchConnectionDetails spring = () -> List.of(new Node("spring", 9200, Protocol.HTTP));
		this.contextRunner.withBean(ElasticsearchDslConnectionDetails.class, () -> esdsl)
			.withBean(ElasticsearchConnectionDetails.class, () -> spring)
			.run((context) -> assertThat(context.getBean(Connections.class).get().settings().hosts())
				.containsExactly(URI.create("http://esdsl:9200")));
	}

	@Test
	void aliasGivenOnlyByAConnectionDetailsBeanIsOpened() {
		ElasticsearchDslConnectionDetails logs = new AliasDetails("logs", "http://logs:9200");
		this.contextRunner.withBean(ElasticsearchDslConnectionDetails.class, () -> logs)
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://main:9200")
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				assertThat(connections.aliases()).containsExactlyInAnyOrder("default", "logs");
				assertThat(connections.get("logs").settings().hosts()).containsExactly(URI.create("http://logs:9200"));
			});
	}

	@Test
	void twoConnectionDetailsBeansForOneAliasFailNamingTheAlias() {
		this.contextRunner.withBean("one", ElasticsearchDslConnectionDetails.class, () -> new AliasDetails("logs", "http://a:9200"))
			.withBean("two", ElasticsearchDslConnectionDetails.class, () -> new AliasDetails("logs", "http://b:9200"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageStartingWith("Two ElasticsearchDslConnectionDetails beans are for the alias 'logs'"));
	}

	@Test
	void springElasticsearchPropertiesGiveTheDefaultOnlyWithoutEsdslConfiguration() {
		ApplicationContextRunner withSpringBoot = this.contextRunner
			.withConfiguration(AutoConfigurations.of(ElasticsearchRestClientAutoConfiguration.class))
			.withPropertyValues("spring.elasticsearch.uris=http://spring:9200");
		withSpringBoot.run((context) -> assertThat(context.getBean(Connections.class).get().settings().hosts())
			.containsExactly(URI.create("http://spring:9200")));
		withSpringBoot.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://esdsl:9200")
			.run((context) -> assertThat(context.getBean(Connections.class).get().settings().hosts())
				.containsExactly(URI.create("http://esdsl:9200")));
	}

	@Test
	void connectionDetailsWithoutHostsFailNamingTheAliasAndType() {
		ElasticsearchDslConnectionDetails empty = List::of;
		this.contextRunner.withBean(ElasticsearchDslConnectionDetails.class, () -> empty)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("they give no hosts"));
		this.contextRunner.withBean(ElasticsearchDslConnectionDetails.class, () -> empty)
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("The connection details of alias 'default' (" + empty.getClass().getName()
						+ ") cannot be used: they give no hosts"));
	}

	private record AliasDetails(String alias, String host) implements ElasticsearchDslConnectionDetails {

		@Override
		public String getAlias() {
			return this.alias;
		}

		@Override
		public List<URI> getHosts() {
			return List.of(URI.create(this.host));
		}

	}

}
