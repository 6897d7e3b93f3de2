package io.github.esdsl.persistence;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;

import io.github.esdsl.document.Documents;
import io.github.esdsl.json.Json;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * The NDJSON body of one bulk request, written item by item with one Jackson generator straight
 * into a byte buffer (no intermediate maps), remembering where each item's lines are so that
 * rejected items can be sent again as they were.
 */
final class BulkBatch {

	/** Writes sources without flushing: each item is flushed once, when both its lines are written. */
	private static final ObjectWriter WRITER = Documents.mapper()
		.writer()
		.withRootValueSeparator("")
		.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

	private static final int DEFAULT_CAPACITY = 64 * 1024;

	private final Buffer out;

	private JsonGenerator generator;

	BulkBatch() {
		this(DEFAULT_CAPACITY);
	}

	/**
	 * A batch whose buffer starts with room for {@code capacity} bytes, so that a batch about as
	 * large as the previous one never has to grow (and copy) its buffer.
	 */
	BulkBatch(int capacity) {
		this(new Buffer(Math.max(capacity, 1024)));
	}

	private BulkBatch(Buffer out) {
		this.out = out;
		this.generator = WRITER.createGenerator(this.out);
	}

	/**
	 * The batch to fill after this one: once this one's body was taken ({@link #bytes()}), it
	 * writes into the same buffer (emptied), so that a bulk run allocates no buffer per batch.
	 * @return an empty batch
	 */
	BulkBatch next() {
		if (this.sent == null) {
			return new BulkBatch(nextCapacity());
		}
		this.out.reset();
		return new BulkBatch(this.out);
	}

	/** @return a good starting capacity for the batch after this one: its size and an eighth */
	int nextCapacity() {
		int size = this.out.size();
		return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(DEFAULT_CAPACITY, size + (long) size / 8));
	}

	private long[] positions = new long[16];

	private String[] ops = new String[16];

	private String[] indices = new String[16];

	private String[] ids = new String[16];

	private int[] starts = new int[17];

	private int[] retries = new int[16];

	private int count;

	/** The body once taken: the items' bytes from then on (the buffer goes to the next batch). */
	private byte[] sent;

	/** Writes one item; on failure nothing of it stays in the batch. */
	void add(long position, String op, String index, String id, String routing, Map<String, Object> extra,
			Object source) {
		int start = this.out.size();
		try {
			JsonGenerator generator = this.generator;
			generator.writeStartObject();
			generator.writeName(op);
			generator.writeStartObject();
			property(generator, "_index", index);
			property(generator, "_id", id);
			property(generator, "routing", routing);
			for (Map.Entry<String, Object> entry : extra.entrySet()) {
				generator.writeName(entry.getKey());
				Json.write(generator, entry.getValue());
			}
			generator.writeEndObject();
			generator.writeEndObject();
			generator.writeRaw('\n');
			if (source != null) {
				WRITER.writeValue(generator, source);
				generator.writeRaw('\n');
			}
			generator.flush();
		}
		catch (RuntimeException ex) {
			this.out.truncate(start);
			this.generator = WRITER.createGenerator(this.out);
			throw ex;
		}
		record(position, op, index, id, start, 0);
	}

	private void record(long position, String op, String index, String id, int start, int retried) {
		if (this.count == this.positions.length) {
			int size = this.count * 2;
			this.positions = Arrays.copyOf(this.positions, size);
			this.ops = Arrays.copyOf(this.ops, size);
			this.indices = Arrays.copyOf(this.indices, size);
			this.ids = Arrays.copyOf(this.ids, size);
			this.starts = Arrays.copyOf(this.starts, size + 1);
			this.retries = Arrays.copyOf(this.retries, size);
		}
		this.positions[this.count] = position;
		this.ops[this.count] = op;
		this.indices[this.count] = index;
		this.ids[this.count] = id;
		this.starts[this.count] = start;
		this.retries[this.count] = retried;
		this.count++;
		this.starts[this.count] = this.out.size();
	}

	private static void property(JsonGenerator generator, String name, String value) {
		if (value != null) {
			generator.writeName(name);
			generator.writeString(value);
		}
	}

	int count() {
		return this.count;
	}

	int size() {
		return this.out.size();
	}

	long position(int item) {
		return this.positions[item];
	}

	String op(int item) {
		return this.ops[item];
	}

	String index(int item) {
		return this.indices[item];
	}

	String id(int item) {
		return this.ids[item];
	}

	/** @return how often the item was sent again so far */
	int retries(int item) {
		return this.retries[item];
	}

	/**
	 * Counts one more retry of an item.
	 * @return the retry's number, 1 for the first
	 */
	int retried(int item) {
		return ++this.retries[item];
	}

	/**
	 * The body, copied out of the buffer the first time; no item can be added after.
	 * @return the NDJSON body, every line ended with a newline
	 */
	byte[] bytes() {
		if (this.sent == null) {
			this.sent = this.out.toByteArray();
		}
		return this.sent;
	}

	/** A new batch of some of these items, their bytes copied as they are. */
	BulkBatch subset(int[] items) {
		BulkBatch subset = new BulkBatch();
		for (int item : items) {
			subset.copy(this, item);
		}
		return subset;
	}

	/** Moves the last item out into a batch of its own. */
	BulkBatch removeLast() {
		BulkBatch last = subset(new int[] { this.count - 1 });
		this.count--;
		this.out.truncate(this.starts[this.count]);
		return last;
	}

	private void copy(BulkBatch from, int item) {
		int start = this.out.size();
		byte[] bytes = (from.sent != null) ? from.sent : from.out.array();
		this.out.write(bytes, from.starts[item], from.starts[item + 1] - from.starts[item]);
		record(from.positions[item], from.ops[item], from.indices[item], from.ids[item], start, from.retries[item]);
	}

	/** A byte buffer that can drop its tail. */
	private static final class Buffer extends ByteArrayOutputStream {

		Buffer(int capacity) {
			super(capacity);
		}

		void truncate(int size) {
			this.count = size;
		}

		byte[] array() {
			return this.buf;
		}

	}

}
