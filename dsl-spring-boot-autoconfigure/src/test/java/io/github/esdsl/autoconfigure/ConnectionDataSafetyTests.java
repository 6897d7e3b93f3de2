package io.github.esdsl.autoconfigure;

import java.net.URI;

import io.github.esdsl.connection.Connections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an alias connects when its configuration is incomplete: never silently to localhost.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConnectionDataSafetyTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class));

	@Test
	void aliasWithCredentialsButNoHostsFailsNamingTheAliasAndTheProperty(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.prod.username=elastic",
					"elasticsearch.dsl.connections.prod.password=s3cr3t-pw")
			.run((context) -> {
				InvalidConnectionPropertyException ex = ElasticsearchDslAutoConfigurationTests
					.find(context.getStartupFailure(), InvalidConnectionPropertyException.class);
				assertThat(ex.getProperty()).isEqualTo("elasticsearch.dsl.connections.prod.hosts");
				assertThat(ex.getValue()).isNull();
				assertThat(ex.getMessage()).isEqualTo("Invalid value for property "
						+ "'elasticsearch.dsl.connections.prod.hosts': the alias 'prod' is configured but names no "
						+ "hosts; set elasticsearch.dsl.connections.prod.hosts (for example "
						+ "https://es.example.com:9200) or supply an ElasticsearchDslConnectionDetails bean for it");
			});
		assertThat(output).doesNotContain("s3cr3t-pw");
	}

	@Test
	void defaultAliasWithOnlyATimeoutFailsToo() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.request-timeout=5s")
			.run((context) -> assertThat(ElasticsearchDslAutoConfigurationTests
				.find(context.getStartupFailure(), InvalidConnectionPropertyException.class)
				.getProperty()).isEqualTo("elasticsearch.dsl.connections.default.hosts"));
	}

	@Test
	void hostsGivenAsTheDefaultValueExplicitlyAreKept() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://localhost:9200")
			.run((context) -> assertThat(context.getBean(Connections.class).get().settings().hosts())
				.containsExactly(URI.create("http://localhost:9200")));
	}

	@Test
	void noConfigurationAtAllConnectsTheDefaultToLocalhostAndLogsIt(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			Connections connections = context.getBean(Connections.class);
			assertThat(connections.aliases()).containsExactly("default");
			assertThat(connections.get().settings().hosts()).containsExactly(URI.create("http://localhost:9200"));
		});
		assertThat(output).contains("No esdsl connection is configured (elasticsearch.dsl.connections.<alias>.hosts "
				+ "or a ConnectionDetails bean): alias 'default' connects to [http://localhost:9200]");
	}

	@Test
	void bareHostWithoutPortMeansPort9200() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=localhost,es2,10.0.0.7:9201,[::1]")
			.run((context) -> assertThat(context.getBean(Connections.class).get().settings().hosts()).containsExactly(
					URI.create("http://localhost:9200"), URI.create("http://es2:9200"), URI.create("http://10.0.0.7:9201"),
					URI.create("http://[::1]:9200")));
	}

	@Test
	void hostWithSchemeButNoPortKeepsTheSchemesPort() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.hosts=https://cloud.example.com")
			.run((context) -> assertThat(context.getBean(Connections.class).get().settings().hosts())
				.containsExactly(URI.create("https://cloud.example.com")));
	}

}
