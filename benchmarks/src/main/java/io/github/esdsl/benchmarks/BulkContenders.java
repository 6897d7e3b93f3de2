package io.github.esdsl.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseListener;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.esdsl.benchmarks.Events.Event;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.persistence.BulkOptions;
import io.github.esdsl.persistence.BulkResult;
import io.github.esdsl.persistence.DocumentOperations;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three ways of bulk indexing the benchmark compares, each on its own client to the same
 * address, all sending 1,000 documents (or 5 MB) per request with one request in flight while
 * the next is built: esdsl's {@link DocumentOperations#bulk}, elasticsearch-java's
 * {@link BulkIngester}, and NDJSON written by hand with a Jackson generator and sent with the
 * low-level {@link Rest5Client}.
 */
final class BulkContenders implements AutoCloseable {

	static final int BATCH_DOCUMENTS = 1000;

	static final int BATCH_BYTES = 5 * 1024 * 1024;

	static final int CONCURRENCY = 1;

	private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

	private static final JsonFactory json = new JsonFactory();

	final Connection connection;

	final ElasticsearchClient typed;

	final Rest5Client raw;

	/** Leaves the id out of the typed client's source, as esdsl does (it is bulk metadata). */
	@JsonIgnoreProperties("id")
	abstract static class WithoutId {

	}

	BulkContenders(URI uri) {
		this.connection = Connection.create(ConnectionSettings.of(uri.toString()));
		JsonMapper mapper = JsonMapper.builder().addMixIn(Event.class, WithoutId.class).build();
		this.typed = TypedClients.create(uri, new Jackson3JsonpMapper(mapper));
		this.raw = Rest5Client.builder(uri).build();
	}

	/** esdsl: documents with {@code @Id}, the id and index as bulk metadata. */
	long esdsl(String index, Iterable<Event> events) {
		BulkResult result = new DocumentOperations(this.connection).on(index)
			.bulk(events, BulkOptions.defaults()
				.batchSize(BATCH_DOCUMENTS)
				.batchBytes(BATCH_BYTES)
				.concurrency(CONCURRENCY));
		if (!result.failures().isEmpty()) {
			throw new IllegalStateException("esdsl bulk failed: " + result.failures().get(0));
		}
		return result.succeeded();
	}

	/** elasticsearch-java's {@link BulkIngester} with the same batch limits and concurrency. */
	long bulkIngester(String index, Iterable<Event> events) {
		AtomicLong succeeded = new AtomicLong();
		AtomicReference<Object> failure = new AtomicReference<>();
		BulkListener<Void> listener = new BulkListener<>() {

			@Override
			public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
			}

			@Override
			public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
				for (BulkResponseItem item : response.items()) {
					if (item.error() == null) {
						succeeded.incrementAndGet();
					}
					else {
						failure.compareAndSet(null, item.error().reason());
					}
				}
			}

			@Override
			public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable error) {
				failure.compareAndSet(null, error);
			}

		};
		try (BulkIngester<Void> ingester = BulkIngester.of((builder) -> builder.client(this.typed)
			.maxOperations(BATCH_DOCUMENTS)
			.maxSize(BATCH_BYTES)
			.maxConcurrentRequests(CONCURRENCY)
			.listener(listener))) {
			for (Event event : events) {
				ingester.add((op) -> op.index((doc) -> doc.index(index).id(event.id()).document(event)));
			}
		}
		if (failure.get() != null) {
			throw new IllegalStateException("BulkIngester failed: " + failure.get());
		}
		return succeeded.get();
	}

	/**
	 * NDJSON by hand: one Jackson generator writes action and source lines into a buffer, sent
	 * asynchronously with at most {@link #CONCURRENCY} requests in flight.
	 */
	long rawNdjson(String index, Iterable<Event> events) {
		Semaphore permits = new Semaphore(CONCURRENCY);
		AtomicLong succeeded = new AtomicLong();
		AtomicReference<Object> failure = new AtomicReference<>();
		Buffer buffer = new Buffer();
		try (JsonGenerator generator = json.createGenerator(ObjectWriteContext.empty(), buffer)) {
			int count = 0;
			for (Event event : events) {
				generator.writeStartObject();
				generator.writeName("index");
				generator.writeStartObject();
				generator.writeStringProperty("_index", index);
				generator.writeStringProperty("_id", event.id());
				generator.writeEndObject();
				generator.writeEndObject();
				generator.flush();
				buffer.write('\n');
				Events.writeSource(generator, event);
				generator.flush();
				buffer.write('\n');
				count++;
				if (count == BATCH_DOCUMENTS || buffer.size() >= BATCH_BYTES) {
					send(buffer.toByteArray(), count, permits, succeeded, failure);
					buffer.reset();
					count = 0;
				}
			}
			if (count > 0) {
				send(buffer.toByteArray(), count, permits, succeeded, failure);
			}
		}
		permits.acquireUninterruptibly(CONCURRENCY);
		if (failure.get() != null) {
			throw new IllegalStateException("Raw bulk failed: " + failure.get());
		}
		return succeeded.get();
	}

	private void send(byte[] body, int count, Semaphore permits, AtomicLong succeeded, AtomicReference<Object> failure) {
		permits.acquireUninterruptibly();
		Request request = new Request("POST", "/_bulk");
		request.setEntity(new ByteArrayEntity(body, NDJSON));
		this.raw.performRequestAsync(request, new ResponseListener() {

			@Override
			public void onSuccess(Response response) {
				try {
					long ok = successes(EntityUtils.toByteArray(response.getEntity()), count);
					succeeded.addAndGet(ok);
					if (ok != count) {
						failure.compareAndSet(null, (count - ok) + " items failed");
					}
				}
				catch (IOException | RuntimeException ex) {
					failure.compareAndSet(null, ex);
				}
				finally {
					permits.release();
				}
			}

			@Override
			public void onFailure(Exception ex) {
				failure.compareAndSet(null, ex);
				permits.release();
			}

		});
	}

	/** The items that succeeded: all when {@code errors} is false, else those with a 2xx status. */
	static long successes(byte[] body, int count) {
		try (JsonParser parser = json.createParser(ObjectReadContext.empty(), body)) {
			parser.nextToken();
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				if ("errors".equals(name) && token == JsonToken.VALUE_FALSE) {
					return count;
				}
				if ("items".equals(name)) {
					long ok = 0;
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						parser.nextName();
						parser.nextToken();
						while (parser.nextName() != null) {
							parser.nextToken();
							if ("status".equals(parser.currentName()) && parser.getIntValue() < 300) {
								ok++;
							}
							parser.skipChildren();
						}
						parser.nextToken();
					}
					return ok;
				}
				parser.skipChildren();
			}
			return 0;
		}
	}

	@Override
	public void close() throws IOException {
		this.connection.close();
		this.typed._transport().close();
		this.raw.close();
	}

	/** A byte buffer; {@code toByteArray} copies, so the buffer can be reused at once. */
	private static final class Buffer extends ByteArrayOutputStream {

		Buffer() {
			super(BATCH_BYTES + 64 * 1024);
		}

	}

}
