package io.github.esdsl.persistence;

import java.util.Map;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.Routing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests {@code save}, {@code delete} and {@code get} send, against an in-process server.
 */
class SaveRequestTest {

	private static final String INDEXED = """
			{"_index":"routed","_id":"%s","_version":1,"result":"created","_seq_no":0,"_primary_term":1}""";

	@Document(index = "routed")
	static class Routed {

		@Id
		Long id;

		@Routing
		String tenant;

		String name;

	}

	record Frozen(@Id String id, String name) {
	}

	@Test
	void idAndRoutingComeFromTheirFieldsAndOptionsBecomeParameters() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch(
				(request) -> new FakeElasticsearch.Answer(201, INDEXED.formatted("5")))) {
			Routed routed = new Routed();
			routed.id = 5L;
			routed.tenant = "acme";
			routed.name = "n";
			DocumentHit<Routed> hit = new DocumentOperations(es.connection()).save(routed,
					SaveOptions.defaults().create().refresh(Refresh.WAIT_FOR));
			assertThat(hit.meta()).isEqualTo(new DocumentMeta("routed", "5", "acme", 1L, 0L, 1L, null));
			assertThat(es.requests()).containsExactly(new FakeElasticsearch.Request("PUT",
					"/routed/_create/5?routing=acme&refresh=wait_for", "{\"tenant\":\"acme\",\"name\":\"n\"}"));
		}
	}

	@Test
	void aGeneratedIdIsWrittenBackConvertedToTheIdFieldsType() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch(
				(request) -> new FakeElasticsearch.Answer(201, INDEXED.formatted("77")))) {
			Routed routed = new Routed();
			routed.name = "n";
			new DocumentOperations(es.connection()).save(routed, SaveOptions.defaults().create());
			assertThat(routed.id).isEqualTo(77L);
			assertThat(es.requests()).extracting(FakeElasticsearch.Request::pathAndQuery)
				.containsExactly("/routed/_doc?op_type=create");
		}
	}

	@Test
	void aRecordKeepsItsEmptyIdButTheHitCarriesTheGeneratedOne() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch(
				(request) -> new FakeElasticsearch.Answer(201, INDEXED.formatted("gen")))) {
			DocumentHit<Frozen> hit = new DocumentOperations(es.connection()).on("frozen").save(new Frozen(null, "x"));
			assertThat(hit.document().id()).isNull();
			assertThat(hit.id()).isEqualTo("gen");
			assertThat(es.requests()).extracting(FakeElasticsearch.Request::pathAndQuery)
				.containsExactly("/frozen/_doc");
		}
	}

	@Test
	void deletingAHitIsConditionalOnItsSequenceNumberAndRouting() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(200,
				"{\"_index\":\"routed\",\"_id\":\"5\",\"result\":\"deleted\"}"))) {
			Routed routed = new Routed();
			boolean deleted = new DocumentOperations(es.connection())
				.delete(new DocumentHit<>(routed, new DocumentMeta("routed-2", "5", "acme", 3L, 9L, 2L, null)));
			assertThat(deleted).isTrue();
			assertThat(es.requests()).extracting(FakeElasticsearch.Request::pathAndQuery)
				.containsExactly("/routed-2/_doc/5?routing=acme&if_seq_no=9&if_primary_term=2");
		}
	}

	@Test
	void getPassesItsParameters() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(200,
				"{\"_index\":\"routed\",\"_id\":\"5\",\"_version\":1,\"_seq_no\":0,\"_primary_term\":1,"
						+ "\"_routing\":\"acme\",\"found\":true,\"_source\":{\"tenant\":\"acme\",\"name\":\"n\"}}"))) {
			DocumentHit<Routed> hit = new DocumentOperations(es.connection())
				.get(Routed.class, "5", Map.of("routing", "acme"))
				.orElseThrow();
			assertThat(hit.document().id).isEqualTo(5L);
			assertThat(hit.document().tenant).isEqualTo("acme");
			assertThat(hit.meta().routing()).isEqualTo("acme");
			assertThat(es.requests()).extracting(FakeElasticsearch.Request::pathAndQuery)
				.containsExactly("/routed/_doc/5?routing=acme");
		}
	}

}
