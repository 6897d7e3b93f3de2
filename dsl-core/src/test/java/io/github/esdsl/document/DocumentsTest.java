package io.github.esdsl.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.esdsl.json.Json;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DocumentsTest {

	@Document(index = "events")
	static class Event {

		@Id
		Long id;

		@Field(name = "created_at")
		Instant createdAt;

		OffsetDateTime local;

		ZonedDateTime zoned;

		LocalDateTime naive;

		LocalDate day;

		Range<Integer> ages;

		transient String scratch;

		static String ignored = "x";

		List<String> tags;

	}

	record Booking(@Id String id, @Field(name = "room_name", type = FieldType.KEYWORD) String room,
			Range<LocalDate> days, int guests) {
	}

	@Test
	void writesFieldNamesDatesAndRangesWithoutIdNullsOrTransients() {
		Event event = new Event();
		event.id = 7L;
		event.createdAt = Instant.parse("2024-05-01T10:15:30Z");
		event.local = OffsetDateTime.parse("2024-05-01T12:15:30+02:00");
		event.day = LocalDate.of(2024, 5, 1);
		event.ages = Range.<Integer>unbounded().gte(18).lt(65);
		event.scratch = "no";
		event.tags = List.of("a", "b");
		assertThat(Documents.toJson(event)).isEqualTo("{\"created_at\":\"2024-05-01T10:15:30Z\","
				+ "\"local\":\"2024-05-01T12:15:30+02:00\",\"day\":\"2024-05-01\",\"ages\":{\"gte\":18,\"lt\":65},"
				+ "\"tags\":[\"a\",\"b\"]}");
	}

	@Test
	void readsEpochMillisNaiveDatesAsUtcAndKeepsOffsets() {
		Event event = Documents.read(("{\"created_at\":1714558530000,\"local\":\"2024-05-01T12:15:30+02:00\","
				+ "\"zoned\":\"2024-05-01T10:15:30\",\"naive\":\"2024-05-01T12:15:30+02:00\",\"day\":\"2024-05-01\","
				+ "\"ages\":{\"gt\":1,\"lte\":9},\"unknown\":true}").getBytes(), Event.class, "42");
		assertThat(event.id).isEqualTo(42L);
		assertThat(event.createdAt).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
		assertThat(event.local.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(event.zoned).isEqualTo(ZonedDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.UTC));
		assertThat(event.naive).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 15, 30));
		assertThat(event.day).isEqualTo(LocalDate.of(2024, 5, 1));
		assertThat(event.ages).isEqualTo(Range.<Integer>unbounded().gt(1).lte(9));
	}

	@Test
	void readsAPlainDateIntoAnInstantAsUtcMidnight() {
		Event event = Documents.read("{\"created_at\":\"2024-05-01\"}", Event.class);
		assertThat(event.createdAt).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
		assertThat(event.id).isNull();
	}

	@Test
	void recordsRoundTripWithRenamedComponentsAndInjectedId() {
		Booking booking = new Booking("b1", "Conference Room II",
				Range.<LocalDate>unbounded().gte(LocalDate.of(2018, 11, 17)).lt(LocalDate.of(2018, 11, 18)), 3);
		String json = Documents.toJson(booking);
		assertThat(json).isEqualTo("{\"room_name\":\"Conference Room II\","
				+ "\"days\":{\"gte\":\"2018-11-17\",\"lt\":\"2018-11-18\"},\"guests\":3}");
		assertThat(Documents.read(json.getBytes(), Booking.class, "b1")).isEqualTo(booking);
	}

	@Test
	void readsFromAStreamingParserPositionedOnTheSource() {
		String hit = "{\"_id\":\"b2\",\"_source\":{\"room_name\":\"R\",\"guests\":2},\"sort\":[1]}";
		try (JsonParser parser = Json.factory().createParser(ObjectReadContext.empty(), hit)) {
			parser.nextToken();
			assertThat(parser.nextName()).isEqualTo("_id");
			parser.nextToken();
			String id = parser.getString();
			assertThat(parser.nextName()).isEqualTo("_source");
			parser.nextToken();
			Booking booking = Documents.read(parser, Booking.class, id);
			assertThat(booking).isEqualTo(new Booking("b2", "R", null, 2));
			assertThat(parser.nextName()).isEqualTo("sort");
		}
	}

	record Host(String name, java.net.InetAddress ip, java.util.Optional<String> note) {
	}

	@Test
	void addressesAreWrittenAsAddressesAndEmptyOptionalsLeftOut() throws Exception {
		Host host = new Host("db", java.net.InetAddress.getByAddress("db.local", new byte[] { 10, 0, 0, 7 }),
				java.util.Optional.empty());
		assertThat(Documents.toJson(host)).isEqualTo("{\"name\":\"db\",\"ip\":\"10.0.0.7\"}");
		assertThat(Documents.read("{\"ip\":\"10.0.0.7\",\"note\":\"n\"}", Host.class).note()).contains("n");
	}

	@Test
	void toMapGivesThePlainSource() {
		assertThat(Documents.toMap(new Booking("x", "R", null, 1))).isEqualTo(Json.parseMap("{\"room_name\":\"R\",\"guests\":1}"));
	}

	@Test
	void badSourceNamesTheClass() {
		assertThatIllegalArgumentException().isThrownBy(() -> Documents.read("{\"guests\":\"many\"}", Booking.class))
			.withMessageContaining("Cannot read a " + Booking.class.getName());
	}

	@Test
	void idThatDoesNotFitTheIdTypeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Documents.read("{}".getBytes(), Event.class, "abc"))
			.withMessage("Document id 'abc' does not fit the Long @Id field of " + Event.class.getName());
	}

}
