package io.github.esdsl.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.Connections;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node.Protocol;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchDslAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class));

	@Test
	void noAliasesConfiguredGivesDefaultConnectionToLocalhost() {
		this.contextRunner.run((context) -> {
			Connections connections = context.getBean(Connections.class);
			assertThat(connections.aliases()).containsExactly("default");
			assertThat(connections.get().settings().hosts()).containsExactly(URI.create("http://localhost:9200"));
		});
	}

	@Test
	void twoAliasesGetTheirOwnSettings() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://es1:9200,http://es2:9200",
				"elasticsearch.dsl.connections.default.username=elastic",
				"elasticsearch.dsl.connections.default.password=changeme",
				"elasticsearch.dsl.connections.default.connect-timeout=2s",
				"elasticsearch.dsl.connections.default.max-retries=1",
				"elasticsearch.dsl.connections.default.compatibility=8",
				"elasticsearch.dsl.connections.analytics.hosts=https://analytics:9243",
				"elasticsearch.dsl.connections.analytics.api-key=aWQ6a2V5",
				"elasticsearch.dsl.connections.analytics.path-prefix=/es",
				"elasticsearch.dsl.connections.analytics.socket-timeout=1m",
				"elasticsearch.dsl.connections.analytics.request-timeout=90s",
				"elasticsearch.dsl.connections.analytics.retry-on-timeout=true",
				"elasticsearch.dsl.connections.analytics.sniff-on-connection-fail=true",
				"elasticsearch.dsl.connections.analytics.sniffer-interval=5m",
				"elasticsearch.dsl.connections.analytics.sniff-timeout=3s",
				"elasticsearch.dsl.connections.analytics.headers.X-Team=search",
				"elasticsearch.dsl.connections.analytics.compression=true",
				"elasticsearch.dsl.connections.analytics.max-response-size=10MB",
				"elasticsearch.dsl.connections.analytics.ssl.ca-fingerprint="
						+ "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99",
				"elasticsearch.dsl.connections.analytics.ssl.verify-hostnames=false")
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				assertThat(connections.aliases()).containsExactly("analytics", "default");
				ConnectionSettings main = connections.get("default").settings();
				assertThat(main.hosts()).containsExactly(URI.create("http://es1:9200"), URI.create("http://es2:9200"));
				assertThat(main.username()).isEqualTo("elastic");
				assertThat(main.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(main.socketTimeout()).isEqualTo(Duration.ofSeconds(30));
				assertThat(main.maxRetries()).isEqualTo(1);
				assertThat(main.compatibility()).isEqualTo(8);
				assertThat(main.compression()).isFalse();
				assertThat(main.pathPrefix()).isNull();
				ConnectionSettings analytics = connections.get("analytics").settings();
				assertThat(analytics.hosts()).containsExactly(URI.create("https://analytics:9243"));
				assertThat(analytics.username()).isNull();
				assertThat(analytics.hasAuthentication()).isTrue();
				assertThat(analytics.pathPrefix()).isEqualTo("/es");
				assertThat(analytics.socketTimeout()).isEqualTo(Duration.ofMinutes(1));
				assertThat(analytics.requestTimeout()).isEqualTo(Duration.ofSeconds(90));
				assertThat(analytics.maxRetries()).isEqualTo(3);
				assertThat(analytics.retryOnTimeout()).isTrue();
				assertThat(analytics.sniffOnConnectionFailure()).isTrue();
				assertThat(analytics.sniffInterval()).isEqualTo(Duration.ofMinutes(5));
				assertThat(analytics.sniffTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(analytics.headers()).containsExactly(Map.entry("X-Team", "search"));
				assertThat(analytics.compression()).isTrue();
				assertThat(analytics.maxResponseSize()).isEqualTo(10L * 1024 * 1024);
				assertThat(analytics.caFingerprint()).isNotNull();
				assertThat(analytics.verifyHostnames()).isFalse();
				assertThat(analytics.compatibility()).isNull();
			});
	}

	@Test
	void propertiesNeverShowSecretsInToString() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://localhost:9200",
					"elasticsearch.dsl.connections.default.username=elastic",
					"elasticsearch.dsl.connections.default.password=s3cr3t-pw")
			.run((context) -> {
				assertThat(context.getBean(Connections.class).get().settings().toString()).doesNotContain("s3cr3t-pw");
				assertThat(context.getBean(ElasticsearchDslProperties.class).toString()).doesNotContain("s3cr3t-pw");
			});
	}

	@Test
	void customizersAreCalledForEveryAliasInOrder() {
		List<String> calls = new ArrayList<>();
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://one:9200",
					"elasticsearch.dsl.connections.other.hosts=http://two:9200")
			.withBean("customizer", ConnectionSettingsCustomizer.class, () -> (alias, builder) -> {
				calls.add(alias);
				builder.header("X-Alias", alias);
			})
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				assertThat(calls).containsExactly("default", "other");
				assertThat(connections.get("other").settings().headers()).containsEntry("X-Alias", "other");
				assertThat(connections.get("default").settings().headers()).containsEntry("X-Alias", "default");
			});
	}

	@Test
	void configureWhenCustomConnectionsShouldBackOff() {
		Connections custom = new Connections();
		this.contextRunner.withBean(Connections.class, () -> custom)
			.run((context) -> assertThat(context.getBean(Connections.class)).isSameAs(custom));
	}

	@Test
	void closingTheContextClosesEveryConnection() {
		List<Connection> opened = new ArrayList<>();
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.a.hosts=http://a:9200",
				"elasticsearch.dsl.connections.b.hosts=http://b:9200")
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				opened.add(connections.get("a"));
				opened.add(connections.get("b"));
			});
		assertThat(opened).hasSize(2).allMatch(Connection::isClosed);
	}

	@Test
	void connectionDetailsGiveTheDefaultConnection() {
		ElasticsearchConnectionDetails details = () -> List
			.of(new Node("es.example.com", 9201, Protocol.HTTPS, "elastic", "secret"));
		this.contextRunner.withBean(ElasticsearchConnectionDetails.class, () -> details).run((context) -> {
			ConnectionSettings settings = context.getBean(Connections.class).get().settings();
			assertThat(settings.hosts()).containsExactly(URI.create("https://es.example.com:9201"));
			assertThat(settings.username()).isEqualTo("elastic");
		});
	}

	@Test
	void connectionDetailsWithApiKeyAndPathPrefix() {
		ElasticsearchConnectionDetails details = new ElasticsearchConnectionDetails() {

			@Override
			public List<Node> getNodes() {
				return List.of(new Node("a", 9200, Protocol.HTTP), new Node("b", 9200, Protocol.HTTP));
			}

			@Override
			public String getApiKey() {
				return "aWQ6a2V5";
			}

			@Override
			public String getPathPrefix() {
				return "/proxy";
			}

		};
		this.contextRunner.withBean(ElasticsearchConnectionDetails.class, () -> details).run((context) -> {
			ConnectionSettings settings = context.getBean(Connections.class).get().settings();
			assertThat(settings.hosts()).containsExactly(URI.create("http://a:9200"), URI.create("http://b:9200"));
			assertThat(settings.username()).isNull();
			assertThat(settings.hasAuthentication()).isTrue();
			assertThat(settings.pathPrefix()).isEqualTo("/proxy");
		});
	}

	@Test
	void connectionDetailsGiveTheDefaultAliasBesideConfiguredOnes() {
		ElasticsearchConnectionDetails details = () -> List.of(new Node("details", 9200, Protocol.HTTP));
		this.contextRunner.withBean(ElasticsearchConnectionDetails.class, () -> details)
			.withPropertyValues("elasticsearch.dsl.connections.main.hosts=http://configured:9200")
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				assertThat(connections.aliases()).containsExactlyInAnyOrder("main", "default");
				assertThat(connections.get().settings().hosts()).containsExactly(URI.create("http://details:9200"));
				assertThat(connections.get("main").settings().hosts())
					.containsExactly(URI.create("http://configured:9200"));
			});
	}

	@Test
	void withoutSpringBootElasticsearchTheDefaultIsLocalhost() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ElasticsearchConnectionDetails.class))
			.run((context) -> assertThat(context.getBean(Connections.class).get().settings().hosts())
				.containsExactly(URI.create("http://localhost:9200")));
	}

	@Test
	void malformedHostFailsNamingThePropertyAndValue() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.search.hosts=htp://bad host")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(IllegalArgumentException.class);
				InvalidConnectionPropertyException ex = find(context.getStartupFailure(),
						InvalidConnectionPropertyException.class);
				assertThat(ex.getProperty()).isEqualTo("elasticsearch.dsl.connections.search.hosts");
				assertThat(ex.getValue()).isEqualTo("[htp://bad host]");
			});
	}

	@Test
	void rejectedSecretIsNotShown() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.api-key= ").run((context) -> {
			InvalidConnectionPropertyException ex = find(context.getStartupFailure(),
					InvalidConnectionPropertyException.class);
			assertThat(ex.getProperty()).isEqualTo("elasticsearch.dsl.connections.default.api-key");
			assertThat(ex.getValue()).isNull();
		});
	}

	@Test
	void unknownSslBundleFailsNamingTheProperty() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
			.withPropertyValues("elasticsearch.dsl.connections.default.ssl.bundle=missing")
			.run((context) -> {
				InvalidConnectionPropertyException ex = find(context.getStartupFailure(),
						InvalidConnectionPropertyException.class);
				assertThat(ex.getProperty()).isEqualTo("elasticsearch.dsl.connections.default.ssl.bundle");
				assertThat(ex.getValue()).isEqualTo("missing");
				assertThat(ex.getReason()).contains("missing");
			});
	}

	@Test
	void caCertificateResourceIsTrusted() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=https://es:9200",
					"elasticsearch.dsl.connections.default.ssl.ca-certificate=classpath:test-ca.pem")
			.run((context) -> assertThat(context.getBean(Connections.class).get().settings().caCertificate())
				.hasFileName("test-ca.pem"));
	}

	@Test
	void settingsThatDoNotFitTogetherFailNamingTheAlias() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.logs.hosts=http://localhost:9200",
					"elasticsearch.dsl.connections.logs.ssl.ca-fingerprint="
					+ "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99")
			.run((context) -> {
				InvalidConnectionPropertyException ex = find(context.getStartupFailure(),
						InvalidConnectionPropertyException.class);
				assertThat(ex.getProperty()).isEqualTo("elasticsearch.dsl.connections.logs");
				assertThat(ex.getReason()).isEqualTo("TLS settings are given but no host uses https: [http://localhost:9200]");
			});
	}

	static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (type.isInstance(candidate)) {
				return type.cast(candidate);
			}
		}
		throw new AssertionError("No " + type.getSimpleName() + " in " + failure, failure);
	}

}
