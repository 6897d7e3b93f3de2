package io.github.esdsl.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.github.esdsl.document.Id;
import tools.jackson.core.JsonGenerator;

/**
 * The documents of the bulk and iteration benchmarks: deterministic log events of about 1 KB of
 * JSON source each, and a hand-written writer of that source.
 */
final class Events {

	/** Settings of every benchmark index: refresh off, no replicas, one shard. */
	static final String INDEX_SETTINGS = "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0,"
			+ "\"refresh_interval\":\"-1\"}}";

	private static final String[] WORDS = { "request", "served", "upstream", "latency", "cache", "miss", "hit",
			"retry", "timeout", "user", "session", "token", "refreshed", "shard", "replica", "query", "index",
			"document", "payload", "gateway", "backend", "connection", "pool", "worker", "thread", "queue", "batch",
			"commit", "flush", "merge", "segment", "search" };

	private static final String[] SERVICES = { "checkout", "catalog", "search", "accounts", "payments", "shipping" };

	private static final String[] LEVELS = { "INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG" };

	private Events() {
	}

	/** One log event; its id is metadata (bulk action, hit {@code _id}), not part of the source. */
	public record Event(@Id String id, String timestamp, String level, String service, String host, String title,
			String message, String url, String userAgent, List<String> tags, int status, long bytes, double latency) {
	}

	/**
	 * The same events for the same count, every run.
	 * @param count how many
	 * @return the events, ids {@code "0"} to {@code count - 1}
	 */
	static List<Event> generate(int count) {
		List<Event> events = new ArrayList<>(count);
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < count; i++) {
			events.add(event(i, random));
		}
		return events;
	}

	/**
	 * The same events as {@link #generate(int)}, made one at a time as they are iterated (to
	 * load an index without holding them all).
	 * @param count how many
	 * @return the events
	 */
	static Iterable<Event> stream(int count) {
		return () -> new java.util.Iterator<>() {

			private final SplittableRandom random = new SplittableRandom(42);

			private int next;

			@Override
			public boolean hasNext() {
				return this.next < count;
			}

			@Override
			public Event next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException("All " + count + " events were returned");
				}
				return event(this.next++, this.random);
			}

		};
	}

	static Event event(int i, SplittableRandom random) {
		String service = SERVICES[random.nextInt(SERVICES.length)];
		List<String> tags = new ArrayList<>(4);
		for (int t = random.nextInt(2, 5); t > 0; t--) {
			tags.add(WORDS[random.nextInt(WORDS.length)]);
		}
		return new Event(Integer.toString(i),
				String.format("2024-05-%02dT%02d:%02d:%02d.%03dZ", 1 + i % 28, (i / 3600) % 24, (i / 60) % 60, i % 60,
						random.nextInt(1000)),
				LEVELS[random.nextInt(LEVELS.length)], service, "host-" + random.nextInt(64) + ".eu-west-1.internal",
				words(random, 8), words(random, 85), "https://shop.example.com/" + service + "/items/"
						+ random.nextInt(1_000_000) + "?ref=" + WORDS[random.nextInt(WORDS.length)],
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0."
						+ random.nextInt(10_000) + ".0 Safari/537.36",
				tags, 200 + 100 * random.nextInt(4), random.nextLong(100_000), random.nextDouble() * 1000);
	}

	private static String words(SplittableRandom random, int count) {
		StringBuilder text = new StringBuilder(count * 8);
		for (int w = 0; w < count; w++) {
			text.append((w > 0) ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

	/**
	 * Writes an event's source as esdsl and elasticsearch-java write it: every field but the id,
	 * in declaration order.
	 */
	static void writeSource(JsonGenerator generator, Event event) {
		generator.writeStartObject();
		generator.writeStringProperty("timestamp", event.timestamp());
		generator.writeStringProperty("level", event.level());
		generator.writeStringProperty("service", event.service());
		generator.writeStringProperty("host", event.host());
		generator.writeStringProperty("title", event.title());
		generator.writeStringProperty("message", event.message());
		generator.writeStringProperty("url", event.url());
		generator.writeStringProperty("userAgent", event.userAgent());
		generator.writeName("tags");
		generator.writeStartArray();
		for (String tag : event.tags()) {
			generator.writeString(tag);
		}
		generator.writeEndArray();
		generator.writeNumberProperty("status", event.status());
		generator.writeNumberProperty("bytes", event.bytes());
		generator.writeNumberProperty("latency", event.latency());
		generator.writeEndObject();
	}

}
