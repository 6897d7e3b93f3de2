package io.github.esdsl.index.management;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.document.DataStream;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.index.Index;
import io.github.esdsl.persistence.BulkOptions;
import io.github.esdsl.persistence.DocumentHit;
import io.github.esdsl.persistence.Refresh;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Data streams of {@code @DataStream} documents on the real node: template and stream created as
 * at startup, appends, searches across the stream, rollover.
 */
@WithElasticsearch
class DataStreamIT {

	@Document(index = "esdsl-events")
	@DataStream(dataRetention = "7d")
	record Event(@Field(name = "@timestamp", type = FieldType.DATE) Instant timestamp,
			@Field(type = FieldType.KEYWORD) String kind, String message) {
	}

	@Document(index = "esdsl-untimed")
	@DataStream
	record Untimed(String message) {
	}

	private static Connection connection;

	@BeforeAll
	static void connect(ElasticsearchEndpoint node) {
		connection = MigrationNodes.connect(node);
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	@Test
	@SuppressWarnings("unchecked")
	void eventsAreAppendedSearchedAcrossTheStreamAndRolledOver() {
		String name = "esdsl-events-" + System.nanoTime();
		DataStreams streams = new DataStreams(connection);
		assertThat(streams.create(Index.of(Event.class).clone(name))).isPositive();
		Map<String, Object> template = (Map<String, Object>) ((List<Map<String, Object>>) connection
			.perform(RawRequest.get("/_index_template/" + name)).bodyAsMap().get("index_templates")).get(0)
			.get("index_template");
		assertThat(template.get("index_patterns")).isEqualTo(List.of(name));
		assertThat(template).containsKey("data_stream");
		assertThat((Map<String, Object>) ((Map<String, Object>) template.get("template")).get("lifecycle"))
			.containsEntry("data_retention", "7d");

		DocumentHit<Event> appended = streams.append(name, new Event(Instant.parse("2026-12-01T10:00:00Z"), "start",
				"one"));
		List<String> first = streams.backingIndices(name);
		assertThat(first).hasSize(1).allMatch((index) -> index.startsWith(".ds-" + name + "-"));
		assertThat(appended.meta().index()).isEqualTo(first.get(0));
		assertThat(streams.create(Index.of(Event.class).clone(name))).as("second start writes nothing").isZero();
		DataStreams.Rollover rollover = streams.rollover(name);
		assertThat(rollover.rolledOver()).isTrue();
		assertThat(rollover.oldIndex()).isEqualTo(first.get(0));
		assertThat(streams.append(name, Stream.of(new Event(Instant.parse("2026-12-01T11:00:00Z"), "stop", "two"),
				new Event(Instant.parse("2026-12-01T12:00:00Z"), "stop", "three")), BulkOptions.defaults()
			.refresh(Refresh.TRUE)).failures()).isEmpty();
		connection.perform(RawRequest.post("/" + name + "/_refresh"));

		assertThat(streams.backingIndices(name)).containsExactly(rollover.oldIndex(), rollover.newIndex());
		Search<Event> events = Search.of(Event.class).index().index(name).using(connection);
		List<String> messages = events.sort("@timestamp").execute().hits().stream()
			.map((hit) -> hit.index() + ":" + hit.source().message())
			.toList();
		assertThat(messages).containsExactly(rollover.oldIndex() + ":one", rollover.newIndex() + ":two",
				rollover.newIndex() + ":three");
		assertThat(events.query(Q.term("kind", "stop")).count()).isEqualTo(2);
	}

	@Test
	void aDataStreamDocumentWithoutTimestampIsRefusedWithTheFieldItNeeds() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DataStreams(connection).create(Untimed.class))
			.withMessage("The data stream 'esdsl-untimed' of [" + Untimed.class.getName() + "] needs an @timestamp "
					+ "date field, such as @Field(name = \"@timestamp\", type = FieldType.DATE) Instant timestamp; the "
					+ "mapping has null");
	}

}
