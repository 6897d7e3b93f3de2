package io.github.esdsl.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import io.github.esdsl.autoconfigure.health.ElasticsearchDslHealthContributorAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worst case for the actuator: {@code /env} and {@code /configprops} with
 * {@code show-values: always} and {@code /health} with {@code show-details: always}, three
 * connections carrying a password, an API key, a bearer token and secret headers (also given as
 * an environment-variable-style key), against a cluster that refuses them with a 401. No secret
 * may appear in any endpoint's JSON, nor in the properties' {@code toString()}.
 */
class ActuatorSecretsTests {

	private static final String PASSWORD = "pw-5b7c01e3";

	private static final String API_KEY = "apikey-0d9e4f27";

	private static final String BEARER = "bearer-8a6f3c15";

	private static final String HEADER_SECRET = "header-2e4b9d70";

	private static final String ENV_SECRET = "env-header-6c1a8f42";

	private static final List<String> SECRETS = List.of(PASSWORD, API_KEY, BEARER, HEADER_SECRET, ENV_SECRET,
			Base64.getEncoder().encodeToString(("elastic:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

	private static final JsonMapper json = JsonMapper.builder().build();

	private HttpServer cluster;

	@BeforeEach
	void refusingCluster() throws IOException {
		this.cluster = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
		this.cluster.createContext("/", (exchange) -> {
			byte[] body = ("{\"error\":{\"type\":\"security_exception\",\"reason\":\"unable to authenticate user "
					+ "[elastic] for REST request [/_cluster/health]\"},\"status\":401}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"security\"");
			exchange.sendResponseHeaders(401, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.cluster.start();
	}

	@AfterEach
	void stop() {
		this.cluster.stop(0);
	}

	@Test
	void noSecretInEnvConfigpropsOrHealthWithValuesAndDetailsShown() {
		String host = "http://127.0.0.1:" + this.cluster.getAddress().getPort();
		runner(host)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				String env = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
				String configprops = json.writeValueAsString(
						context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
				String health = json.writeValueAsString(context.getBean(HealthEndpoint.class).health());
				String properties = context.getBean(ElasticsearchDslProperties.class).toString()
						+ context.getBean(ElasticsearchDslProperties.class).getConnections()
						+ context.getBean(io.github.esdsl.connection.Connections.class).get("default");
				// the endpoints did show values and details, and the non-secret ones are there
				assertThat(env).contains("elasticsearch.dsl.connections.default.username").contains("elastic")
					.contains("elasticsearch.dsl.connections.keyed.api-key");
				assertThat(configprops).contains("\"username\":\"elastic\"").contains("visible-opaque-id");
				assertThat(health).contains("DOWN").contains("authentication failed on " + host);
				for (String secret : SECRETS) {
					assertThat(env).as("/env").doesNotContain(secret);
					assertThat(configprops).as("/configprops").doesNotContain(secret);
					assertThat(health).as("/health").doesNotContain(secret);
					assertThat(properties).as("toString").doesNotContain(secret);
				}
			});
	}

	@Test
	void withoutEsdslSanitizingFunctionBootWouldShowTheSecrets() {
		String host = "http://127.0.0.1:" + this.cluster.getAddress().getPort();
		runner(host).withBean("elasticsearchDslSanitizingFunction", SanitizingFunction.class, () -> (data) -> data)
			.run((context) -> {
				String env = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
				String configprops = json.writeValueAsString(
						context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
				assertThat(env).contains(PASSWORD).contains(API_KEY).contains(ENV_SECRET);
				assertThat(configprops).contains(PASSWORD).contains(BEARER).contains(HEADER_SECRET);
			});
	}

	private static ApplicationContextRunner runner(String host) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
					ElasticsearchDslHealthContributorAutoConfiguration.class, EndpointAutoConfiguration.class,
					EnvironmentEndpointAutoConfiguration.class,
					ConfigurationPropertiesReportEndpointAutoConfiguration.class,
					HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
					HealthEndpointAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=*",
					"management.endpoints.jmx.exposure.include=*", "management.endpoint.env.show-values=always",
					"management.endpoint.configprops.show-values=always",
					"management.endpoint.health.show-details=always",
					"elasticsearch.dsl.connections.default.hosts=" + host,
					"elasticsearch.dsl.connections.default.username=elastic",
					"elasticsearch.dsl.connections.default.password=" + PASSWORD,
					"elasticsearch.dsl.connections.default.headers.X-Custom-Token=" + HEADER_SECRET,
					"elasticsearch.dsl.connections.keyed.hosts=" + host,
					"elasticsearch.dsl.connections.keyed.api-key=" + API_KEY,
					"elasticsearch.dsl.connections.keyed.headers.X-Opaque-Id=visible-opaque-id",
					"elasticsearch.dsl.connections.tokened.hosts=" + host,
					"elasticsearch.dsl.connections.tokened.bearerToken=" + BEARER)
			.withInitializer((context) -> context.getEnvironment().getPropertySources().addFirst(
					new SystemEnvironmentPropertySource("environment-variables",
							Map.of("ELASTICSEARCH_DSL_CONNECTIONS_TOKENED_HEADERS_APITOKEN", ENV_SECRET))));
	}

}
