package io.github.esdsl.connection;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ElasticsearchException#of(int, Map, String, String)} for bodies and multi-search or bulk
 * items.
 */
class ElasticsearchExceptionTest {

	@Test
	void multiSearchItemBecomesTypedException() {
		Map<String, Object> item = Map.of("error", Map.of("type", "index_not_found_exception", "reason",
				"no such index [a]", "index", "a", "root_cause", List.of()), "status", 404);
		ElasticsearchException ex = ElasticsearchException.of(404, item, "POST", "/_msearch");
		assertThat(ex).isInstanceOf(NotFoundException.class);
		assertThat(ex.errorType()).isEqualTo("index_not_found_exception");
		assertThat(ex.index()).isEqualTo("a");
		assertThat(ex.host()).isNull();
		assertThat(ex).hasMessage("POST /_msearch failed with status 404: index_not_found_exception - no such index [a]"
				+ " [index: a]");
	}

	@Test
	void bareErrorObjectOfABulkItem() {
		Map<String, Object> error = Map.of("type", "version_conflict_engine_exception", "reason", "[1]: version conflict",
				"index", "docs", "shard", "0");
		ElasticsearchException ex = ElasticsearchException.of(409, error, "POST", "/_bulk");
		assertThat(ex).isInstanceOf(ConflictException.class);
		assertThat(ex.index()).isEqualTo("docs");
		assertThat(ex.error()).containsEntry("shard", "0");
	}

	@Test
	void bodyWithoutErrorKeepsStatusOnly() {
		ElasticsearchException ex = ElasticsearchException.of(404, Map.of("_index", "i", "found", false), "GET",
				"/i/_doc/1");
		assertThat(ex.errorType()).isNull();
		assertThat(ex.reason()).isNull();
		assertThat(ex.index()).isEqualTo("i");
		assertThat(ex).hasMessage("GET /i/_doc/1 failed with status 404 [index: i]");
	}

}
