package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.document.Mapping;
import io.github.esdsl.index.Index;
import io.github.esdsl.index.management.MigrationResult;
import io.github.esdsl.index.management.Migrator;

/**
 * The two ways of moving an index of events to a new mapping that the copy benchmark compares:
 * esdsl's {@link Migrator} with the client-side copy (new version with no replicas and refresh
 * off, point in time + {@code search_after} + bulk {@code create}, settings restored, read alias
 * swapped, plus its lock and state records), and the same steps written by hand on
 * elasticsearch-java's typed client (one search, then one bulk, page after page).
 */
final class CopyContenders implements AutoCloseable {

	static final int PAGE_SIZE = 1000;

	/** The mapping both contenders move to: the events' dynamic mapping made explicit and tighter. */
	static final Map<String, Object> MAPPING = Map.of("properties", Map.of("timestamp", Map.of("type", "date"), "level",
			Map.of("type", "keyword"), "service", Map.of("type", "keyword"), "host", Map.of("type", "keyword"), "title",
			Map.of("type", "text"), "message", Map.of("type", "text"), "url", Map.of("type", "keyword"), "status",
			Map.of("type", "integer"), "bytes", Map.of("type", "long"), "latency", Map.of("type", "double")));

	private final Connection connection;

	private final ElasticsearchClient typed;

	CopyContenders(URI uri) {
		this.connection = Connection.create(ConnectionSettings.of(uri.toString()));
		this.typed = TypedClients.create(uri, new Jackson3JsonpMapper());
	}

	/** esdsl: migrates the alias (version 1 loaded with the dynamic mapping) to {@link #MAPPING}; returns the documents copied. */
	long esdsl(String alias) {
		MigrationResult result = new Migrator(this.connection).copyMethod(Migrator.CopyMethod.CLIENT)
			.batchSize(PAGE_SIZE)
			.migrate(Index.named(alias).mapping(Mapping.fromMap(MAPPING)));
		return result.state().copied();
	}

	/** By hand: the same steps on the typed client, from {@code source} into a new {@code target} behind {@code alias}. */
	long byHand(String source, String target, String alias) {
		try {
			this.connection.perform(RawRequest.put("/" + target).body(Map.of("settings",
					Map.of("number_of_replicas", 0, "refresh_interval", "-1"), "mappings", MAPPING)));
			String pit = this.typed.openPointInTime((open) -> open.index(source).keepAlive((time) -> time.time("5m"))).id();
			long copied = 0;
			try {
				List<FieldValue> after = null;
				while (true) {
					String id = pit;
					List<FieldValue> searchAfter = after;
					SearchResponse<Object> page = this.typed.search((search) -> {
						search.size(PAGE_SIZE)
							.pit((p) -> p.id(id).keepAlive((time) -> time.time("5m")))
							.sort((sort) -> sort.field((field) -> field.field("_shard_doc")))
							.trackTotalHits((track) -> track.enabled(false));
						return (searchAfter != null) ? search.searchAfter(searchAfter) : search;
					}, Object.class);
					List<Hit<Object>> hits = page.hits().hits();
					if (hits.isEmpty()) {
						break;
					}
					BulkRequest.Builder bulk = new BulkRequest.Builder();
					for (Hit<Object> hit : hits) {
						bulk.operations((op) -> op.create((create) -> create.index(target).id(hit.id()).document(hit.source())));
					}
					BulkResponse response = this.typed.bulk(bulk.build());
					if (response.errors()) {
						throw new IllegalStateException("Bulk create into " + target + " failed for some items");
					}
					copied += hits.size();
					after = hits.get(hits.size() - 1).sort();
					pit = (page.pitId() != null) ? page.pitId() : pit;
				}
			}
			finally {
				String id = pit;
				this.typed.closePointInTime((close) -> close.id(id));
			}
			this.connection.perform(RawRequest.put("/" + target + "/_settings")
				.body(Map.of("index", Map.of("number_of_replicas", 0, "refresh_interval", "1s"))));
			this.connection.perform(RawRequest.post("/" + target + "/_refresh"));
			this.connection.perform(RawRequest.post("/_aliases").body(Map.of("actions", List.of(
					Map.of("remove", Map.of("index", source, "alias", alias, "must_exist", false)),
					Map.of("add", Map.of("index", target, "alias", alias))))));
			return copied;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.connection.close();
		this.typed._transport().close();
	}

}
