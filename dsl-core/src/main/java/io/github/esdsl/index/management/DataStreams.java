package io.github.esdsl.index.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.document.DataStream;
import io.github.esdsl.index.Index;
import io.github.esdsl.persistence.BulkAction;
import io.github.esdsl.persistence.BulkOptions;
import io.github.esdsl.persistence.BulkResult;
import io.github.esdsl.persistence.DocumentHit;
import io.github.esdsl.persistence.DocumentOperations;
import io.github.esdsl.persistence.SaveOptions;

/**
 * Time series of {@link DataStream @DataStream} document classes: creates the stream (its
 * template, then the stream), appends documents ({@code op_type=create}, the only writes a data
 * stream takes), rolls the stream over to a new backing index, and lists the backing indices.
 * Searches need nothing special: {@code Search.of(Event.class)} runs across the whole stream.
 * Thread-safe.
 *
 * <pre>{@code
 * DataStreams streams = new DataStreams(connection);
 * streams.create(Event.class);
 * streams.append(new Event(Instant.now(), "started"));
 * streams.rollover("events-app");
 * }</pre>
 */
public final class DataStreams {

	private final Connection connection;

	private final IndexManager manager;

	/**
	 * Data streams on a connection.
	 * @param connection the connection
	 */
	public DataStreams(Connection connection) {
		this.connection = Objects.requireNonNull(connection, "connection must not be null");
		this.manager = new IndexManager(connection);
	}

	/**
	 * Puts the stream's template (with {@code data_stream} and the lifecycle) and creates the
	 * stream unless it exists, as index management does at startup. Where the cluster has no
	 * create-data-stream API (no {@code data-streams} module, as the embedded test node), the first
	 * append creates the stream from the template.
	 * @param documentClass a {@code @DataStream} document class
	 * @return how many writes were sent (0 when everything was there)
	 */
	public int create(Class<?> documentClass) {
		return create(index(documentClass));
	}

	/**
	 * Like {@link #create(Class)}, for a definition of {@code @DataStream} documents under another name.
	 * @param stream the definition, such as {@code Index.of(Event.class).clone("events-test")}
	 * @return how many writes were sent
	 */
	public int create(Index stream) {
		return this.manager.create(List.of(checked(stream)));
	}

	/**
	 * Appends a document to its class's stream.
	 * @param <T> the document class
	 * @param document the document, with its {@code @timestamp}
	 * @return the document with the backing index and id Elasticsearch gave it
	 */
	public <T> DocumentHit<T> append(T document) {
		return append(index(document.getClass()).name(), document);
	}

	/**
	 * Appends a document to a stream.
	 * @param <T> the document class
	 * @param stream the data stream's name
	 * @param document the document, with its {@code @timestamp}
	 * @return the document with the backing index and id Elasticsearch gave it
	 */
	public <T> DocumentHit<T> append(String stream, T document) {
		index(document.getClass());
		return new DocumentOperations(this.connection).on(stream).save(document, SaveOptions.defaults().create());
	}

	/**
	 * Appends documents to a stream with bulk {@code create} actions.
	 * @param stream the data stream's name
	 * @param documents the documents, each of a {@code @DataStream} class
	 * @param options batch size, concurrency, retries, refresh
	 * @return the bulk result
	 */
	public BulkResult append(String stream, Stream<?> documents, BulkOptions options) {
		return new DocumentOperations(this.connection).on(stream).bulk(documents.map((document) -> {
			index(document.getClass());
			return BulkAction.create(document);
		}), options);
	}

	/**
	 * Rolls a stream over: new writes go to a new backing index.
	 * @param stream the data stream's name
	 * @return the old and the new write index
	 */
	public Rollover rollover(String stream) {
		Map<String, Object> body = this.connection.perform(RawRequest.post(RawRequest.pathOf(stream, "_rollover"))
			.operation("indices.rollover")).bodyAsMap();
		return new Rollover(String.valueOf(body.get("old_index")), String.valueOf(body.get("new_index")),
				Boolean.TRUE.equals(body.get("rolled_over")));
	}

	/**
	 * The backing indices of a stream, oldest first ({@code _resolve/index}, which every cluster has).
	 * @param stream the data stream's name
	 * @return the index names, empty when the stream does not exist
	 */
	@SuppressWarnings("unchecked")
	public List<String> backingIndices(String stream) {
		Map<String, Object> body = this.connection.perform(RawRequest.get(RawRequest.pathOf("_resolve", "index", stream))
			.operation("indices.resolve_index")).bodyAsMap();
		List<String> names = new ArrayList<>();
		for (Object found : (List<Object>) body.getOrDefault("data_streams", List.of())) {
			Map<String, Object> entry = (Map<String, Object>) found;
			if (stream.equals(entry.get("name"))) {
				for (Object backing : (List<Object>) entry.getOrDefault("backing_indices", List.of())) {
					names.add(String.valueOf(backing));
				}
			}
		}
		return names;
	}

	private static Index checked(Index stream) {
		if (!DataStreamTemplates.isDataStream(stream)) {
			throw new IllegalArgumentException("'" + stream.name() + "' is not a data stream: its documents "
					+ stream.documents().stream().map(Class::getName).toList() + " need @DataStream");
		}
		return stream;
	}

	private static Index index(Class<?> documentClass) {
		if (documentClass.getAnnotation(DataStream.class) == null) {
			throw new IllegalArgumentException(documentClass.getName() + " is not a data stream document: annotate it "
					+ "with @DataStream (and @Document(index = \"the-stream-name\"))");
		}
		return Index.of(documentClass);
	}

	/**
	 * What a rollover did.
	 *
	 * @param oldIndex the write index before
	 * @param newIndex the write index after
	 * @param rolledOver whether it rolled over
	 */
	public record Rollover(String oldIndex, String newIndex, boolean rolledOver) {

	}

	@Override
	public String toString() {
		return "DataStreams{" + this.connection + "}";
	}

}
