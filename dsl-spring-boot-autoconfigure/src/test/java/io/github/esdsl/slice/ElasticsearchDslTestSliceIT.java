package io.github.esdsl.slice;

import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.Connections;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;
import io.github.esdsl.json.Json;
import io.github.esdsl.persistence.DocumentHit;
import io.github.esdsl.spring.SearchTemplate;
import io.github.esdsl.test.EmbeddedElasticsearch;
import io.github.esdsl.test.spring.ElasticsearchDslTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ElasticsearchDslTest}: esdsl's beans only, on the JVM's embedded node whatever hosts the
 * application names.
 */
@ElasticsearchDslTest
class ElasticsearchDslTestSliceIT {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SearchTemplate template;

	@Test
	void sliceHoldsEsdslBeansAndNoWebOrServiceComponents() {
		assertThat(this.context.getBeanNamesForType(SearchTemplate.class)).containsExactly("searchTemplate");
		assertThat(this.context.getBeanNamesForType(NoteFacetedSearch.class)).containsExactly("noteFacetedSearch");
		assertThat(this.context.getBeanNamesForType(Connections.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(NoteController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(NoteService.class)).isEmpty();
		assertThat(this.context.containsBean("dispatcherServlet")).isFalse();
	}

	@Test
	void savesAndFindsADocumentOnTheEmbeddedNode() {
		assertThat(this.template.connection().settings().hosts())
			.containsExactlyElementsOf(EmbeddedElasticsearch.endpoint().uris());
		if (this.template.indices().exists("esdsl-slice-notes")) {
			this.template.indices().delete("esdsl-slice-notes");
		}
		this.template.documents().init(Note.class);
		this.template.save(new Note("n1", "first note"));
		this.template.indices().refresh("esdsl-slice-notes");
		assertThat(this.template.get(Note.class, "n1").map(DocumentHit::document))
			.contains(new Note("n1", "first note"));
		assertThat(this.template.count(this.template.search(Note.class))).isEqualTo(1);
	}

	@Test
	@SuppressWarnings("unchecked")
	void startupPutTheIndexTemplateOfTheApplicationsDocumentClass() {
		RawResponse response = this.template.connection().perform(RawRequest.get("/_index_template/*slice-notes*"));
		List<Map<String, Object>> templates = (List<Map<String, Object>>) Json.parseMap(response.body())
			.get("index_templates");
		assertThat(templates).singleElement()
			.extracting((template) -> ((Map<String, Object>) template.get("index_template")).get("index_patterns"))
			.isEqualTo(List.of("esdsl-slice-notes"));
	}

}
