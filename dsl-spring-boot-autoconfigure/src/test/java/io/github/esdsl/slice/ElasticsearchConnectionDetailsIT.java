package io.github.esdsl.slice;

import java.net.URI;
import java.util.List;

import io.github.esdsl.persistence.DocumentHit;
import io.github.esdsl.spring.SearchTemplate;
import io.github.esdsl.test.EmbeddedElasticsearch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node.Protocol;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without Docker, the bean Testcontainers' {@code @ServiceConnection} would register: Spring
 * Boot's {@link ElasticsearchConnectionDetails}, here for the JVM's embedded node. It wins over the
 * application's {@code hosts: http://127.0.0.1:1}.
 */
@SpringBootTest(classes = SliceApplication.class)
@Import(ElasticsearchConnectionDetailsIT.ServiceConnection.class)
class ElasticsearchConnectionDetailsIT {

	@Autowired
	private SearchTemplate template;

	@Test
	void connectionDetailsBeanWinsOverTheHostsProperty() {
		URI node = EmbeddedElasticsearch.endpoint().uri();
		assertThat(this.template.connection().settings().hosts()).containsExactly(node);
		this.template.documents().init(Note.class);
		this.template.save(new Note("details", "saved through the connection details"));
		assertThat(this.template.get(Note.class, "details").map(DocumentHit::document))
			.contains(new Note("details", "saved through the connection details"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ServiceConnection {

		@Bean
		ElasticsearchConnectionDetails elasticsearchConnectionDetails() {
			URI node = EmbeddedElasticsearch.endpoint().uri();
			return () -> List.of(new Node(node.getHost(), node.getPort(), Protocol.HTTP));
		}

	}

}
