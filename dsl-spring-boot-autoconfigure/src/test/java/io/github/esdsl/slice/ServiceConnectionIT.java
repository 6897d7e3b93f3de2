package io.github.esdsl.slice;

import io.github.esdsl.persistence.DocumentHit;
import io.github.esdsl.spring.SearchTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testcontainers' {@link ElasticsearchContainer} with {@link ServiceConnection} connects the
 * {@code default} alias, over the application's {@code hosts: http://127.0.0.1:1}. Needs a Docker
 * engine; without one it is skipped, saying so.
 */
@SpringBootTest(classes = SliceApplication.class)
@EnabledIf(value = "dockerEngine", disabledReason = "Needs a Docker engine for Testcontainers' ElasticsearchContainer; "
		+ "none is reachable here, so @ServiceConnection is not tested live (ElasticsearchConnectionDetailsIT covers "
		+ "the same bean on the embedded node)")
@Import(ServiceConnectionIT.Containers.class)
class ServiceConnectionIT {

	@Autowired
	private SearchTemplate template;

	@Autowired
	private ElasticsearchContainer container;

	static boolean dockerEngine() {
		return DockerClientFactory.instance().isDockerAvailable();
	}

	@Test
	void serviceConnectionContainerWinsOverTheHostsProperty() {
		assertThat(this.template.connection().settings().hosts().get(0).getPort())
			.isEqualTo(this.container.getMappedPort(9200));
		this.template.documents().init(Note.class);
		this.template.save(new Note("container", "saved in the container"));
		assertThat(this.template.get(Note.class, "container").map(DocumentHit::document))
			.contains(new Note("container", "saved in the container"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Containers {

		@Bean
		@ServiceConnection
		ElasticsearchContainer elasticsearch() {
			return new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:8.19.0")
				.withEnv("xpack.security.enabled", "false")
				.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
		}

	}

}
