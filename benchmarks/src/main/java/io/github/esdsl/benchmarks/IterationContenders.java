package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import io.github.esdsl.benchmarks.Events.Event;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.search.Search;

/**
 * The two ways of reading every document of an index in pages of 1,000 that the iteration
 * benchmark compares, each on its own client: esdsl's {@code Search.iterate()} (point in time and
 * {@code search_after}, behind a stream) and the same loop written by hand on elasticsearch-java's
 * typed client.
 */
final class IterationContenders implements AutoCloseable {

	static final int PAGE_SIZE = 1000;

	static final String KEEP_ALIVE = "1m";

	private final Connection connection;

	private final ElasticsearchClient typed;

	IterationContenders(URI uri) {
		this.connection = Connection.create(ConnectionSettings.of(uri.toString()));
		this.typed = TypedClients.create(uri, new Jackson3JsonpMapper());
	}

	/** esdsl: every document of the index, handed to the consumer; returns how many. */
	long esdsl(String index, Consumer<Event> consumer) {
		long count = 0;
		try (Stream<Event> events = Search.of(Event.class).index(index).using(this.connection).iterate(PAGE_SIZE)) {
			for (Event event : (Iterable<Event>) events::iterator) {
				consumer.accept(event);
				count++;
			}
		}
		return count;
	}

	/**
	 * By hand on the typed client: open a point in time, search pages sorted by
	 * {@code _shard_doc} with {@code search_after} the last hit's sort values, close it.
	 */
	long typedClient(String index, Consumer<Event> consumer) {
		try {
			String pit = this.typed.openPointInTime((open) -> open.index(index).keepAlive((time) -> time.time(KEEP_ALIVE)))
				.id();
			long count = 0;
			try {
				List<FieldValue> after = null;
				while (true) {
					String id = pit;
					List<FieldValue> searchAfter = after;
					SearchResponse<Event> response = this.typed.search((search) -> {
						search.size(PAGE_SIZE)
							.pit((p) -> p.id(id).keepAlive((time) -> time.time(KEEP_ALIVE)))
							.sort((sort) -> sort.field((field) -> field.field("_shard_doc")))
							.trackTotalHits((track) -> track.enabled(false));
						return (searchAfter != null) ? search.searchAfter(searchAfter) : search;
					}, Event.class);
					List<Hit<Event>> hits = response.hits().hits();
					if (hits.isEmpty()) {
						break;
					}
					for (Hit<Event> hit : hits) {
						consumer.accept(hit.source());
						count++;
					}
					after = hits.get(hits.size() - 1).sort();
					if (response.pitId() != null) {
						pit = response.pitId();
					}
				}
			}
			finally {
				String id = pit;
				this.typed.closePointInTime((close) -> close.id(id));
			}
			return count;
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
