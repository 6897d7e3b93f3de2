package io.github.esdsl.search;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.esdsl.query.Q;

/**
 * Mutations of raw DSL maps for fuzzing: wrong value types, nulls, empty and extra keys, unknown
 * and non-string keys, odd scalars, shared subtrees, cycles and nesting beyond the depth limit.
 * A mutation is plain data (kind, position, payload), so jqwik can shrink and print a failing
 * case even when the tree it produces holds a cycle.
 */
final class RawMutations {

	enum Kind {

		NULL_VALUE, NUMBER, STRING, BOOLEAN, EMPTY_MAP, EMPTY_LIST, WRAP_IN_LIST, WRAP_IN_MAP, ARRAY, ODD_SCALAR,
		HOSTILE_STRING, SECOND_KEY, REMOVE_KEY, RENAME_KEY, NON_STRING_KEY, NULL_KEY, SHARED_SUBTREE, CYCLE, DEEP

	}

	/**
	 * One change: what, where (an index into the tree's slots or containers) and with what.
	 */
	record Mutation(Kind kind, int position, int payload) {

		@Override
		public String toString() {
			return this.kind + "@" + this.position + "/" + this.payload;
		}

	}

	/** Keys tried where a name belongs: type names, parameter names, near misses, hostile text. */
	static final List<String> KEYS = List.of("match_all", "bool", "term", "terms", "nested", "function_score",
			"aggs", "aggregations", "meta", "query", "must", "filter", "should", "must_not", "field", "script",
			"sources", "buckets_path", "functions", "filters", "positive", "organic", "clauses", "sort", "highlight",
			"_source", "knn", "fields", "", " ", "mtach", "unknown_type", "\"}},{\"match_all\":{}}", "a\u0000b",
			"\u202Eevil", "\uD83D\uDE00", "k".repeat(200_000));

	static final List<Object> NUMBERS = List.of(0, -1, 42, 1.5, Long.MAX_VALUE, Integer.MIN_VALUE, -0.0,
			new BigInteger("123456789012345678901234567890"), new BigDecimal("0.1"));

	static final List<String> STRINGS = List.of("", "x", "match_all", "NaN", "1", "null", "{}");

	static final List<String> HOSTILE = List.of("\"}},{\"match_all\":{}}", "back\\slash", "quote\"d", "new\nline\r\t",
			"nul\u0000x", "\u0001\u001f\u007f", "\uD83D\uDE00 pair", "\u202Ertl\u200F", "x".repeat(100_000),
			"'; DROP", "\\u0022", "</script>");

	private static final List<Object> ODD = List.of(Double.NaN, Double.POSITIVE_INFINITY, 1.5f, (short) 3, (byte) 4,
			new AtomicInteger(5), 'c', new StringBuilder("sb"), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
			LocalDate.of(2024, 1, 2), Instant.EPOCH, new Date(0), TimeUnit.SECONDS, Optional.empty(), new Object(),
			new int[] { 1, 2 }, new double[] { 1.5 }, new byte[] { 1 }, Q.matchAll(), Thread.State.NEW);

	private RawMutations() {
	}

	/**
	 * A mutable deep copy of a raw tree with the mutations applied in order.
	 * @param seed the valid tree (not changed)
	 * @param mutations the changes
	 * @return the mutated tree
	 */
	static Map<Object, Object> apply(Map<?, ?> seed, List<Mutation> mutations) {
		@SuppressWarnings("unchecked")
		Map<Object, Object> root = (Map<Object, Object>) copy(seed);
		for (Mutation mutation : mutations) {
			apply(root, mutation);
		}
		return root;
	}

	private static Object copy(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> out = new LinkedHashMap<>();
			map.forEach((key, item) -> out.put(key, copy(item)));
			return out;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>();
			list.forEach((item) -> out.add(copy(item)));
			return out;
		}
		return value;
	}

	/** A place holding a value: a map entry or a list element. */
	private record Slot(Object container, Object key) {

		@SuppressWarnings("unchecked")
		Object get() {
			return (this.container instanceof Map<?, ?> map) ? map.get(this.key)
					: ((List<Object>) this.container).get((Integer) this.key);
		}

		@SuppressWarnings("unchecked")
		void set(Object value) {
			if (this.container instanceof Map<?, ?> map) {
				((Map<Object, Object>) map).put(this.key, value);
			}
			else {
				((List<Object>) this.container).set((Integer) this.key, value);
			}
		}

	}

	@SuppressWarnings("unchecked")
	private static void apply(Map<Object, Object> root, Mutation mutation) {
		List<Slot> slots = new ArrayList<>();
		List<Object> containers = new ArrayList<>();
		walk(root, slots, containers, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
		int payload = Math.abs(mutation.payload());
		Object container = containers.get(Math.abs(mutation.position()) % containers.size());
		boolean onContainer = mutation.kind().ordinal() >= Kind.SECOND_KEY.ordinal()
				&& mutation.kind().ordinal() <= Kind.NULL_KEY.ordinal();
		if (slots.isEmpty() && !onContainer) {
			return;
		}
		Slot slot = slots.isEmpty() ? null : slots.get(Math.abs(mutation.position()) % slots.size());
		switch (mutation.kind()) {
			case NULL_VALUE -> slot.set(null);
			case NUMBER -> slot.set(pick(NUMBERS, payload));
			case STRING -> slot.set(pick(STRINGS, payload));
			case BOOLEAN -> slot.set(payload % 2 == 0);
			case EMPTY_MAP -> slot.set(new LinkedHashMap<>());
			case EMPTY_LIST -> slot.set(new ArrayList<>());
			case WRAP_IN_LIST -> slot.set(new ArrayList<>(Collections.singletonList(slot.get())));
			case WRAP_IN_MAP -> slot.set(mapOf(pick(KEYS, payload), slot.get()));
			case ARRAY -> slot.set((slot.get() instanceof List<?> list) ? list.toArray() : new Object[] { slot.get() });
			case ODD_SCALAR -> slot.set(pick(ODD, payload));
			case HOSTILE_STRING -> slot.set(pick(HOSTILE, payload));
			case SHARED_SUBTREE -> {
				Object other = pick(containers, payload);
				if (!reaches(other, slot.container())) {
					slot.set(other);
				}
			}
			case CYCLE -> slot.set((payload % 2 == 0) ? root : slot.container());
			case DEEP -> slot.set(deep(slot.get(), 257 + (payload * 37) % 3000, payload % 5));
			case SECOND_KEY -> {
				if (container instanceof Map<?, ?> map) {
					((Map<Object, Object>) map).put(pick(KEYS, payload), extraValue(payload));
				}
				else {
					((List<Object>) container).add(extraValue(payload));
				}
			}
			case REMOVE_KEY -> {
				if (container instanceof Map<?, ?> map && !map.isEmpty()) {
					map.remove(pick(new ArrayList<>(map.keySet()), payload));
				}
				else if (container instanceof List<?> list && !list.isEmpty()) {
					list.remove(payload % list.size());
				}
			}
			case RENAME_KEY -> {
				if (container instanceof Map<?, ?> map && !map.isEmpty()) {
					Object key = pick(new ArrayList<>(map.keySet()), payload);
					Object value = map.remove(key);
					((Map<Object, Object>) map).put(pick(KEYS, payload / 7), value);
				}
			}
			case NON_STRING_KEY -> {
				if (container instanceof Map<?, ?> map) {
					Object key = (payload % 3 == 0) ? (Object) payload : (payload % 3 == 1) ? TimeUnit.DAYS : 2.5;
					((Map<Object, Object>) map).put(key, extraValue(payload));
				}
			}
			case NULL_KEY -> {
				if (container instanceof Map<?, ?> map) {
					((Map<Object, Object>) map).put(null, extraValue(payload));
				}
			}
		}
	}

	private static void walk(Object value, List<Slot> slots, List<Object> containers, Set<Object> seen, int depth) {
		if (depth > 40 || !(value instanceof Map || value instanceof List) || !seen.add(value)) {
			return;
		}
		containers.add(value);
		if (value instanceof Map<?, ?> map) {
			for (Object key : new ArrayList<>(map.keySet())) {
				slots.add(new Slot(map, key));
				walk(map.get(key), slots, containers, seen, depth + 1);
			}
		}
		else {
			List<?> list = (List<?>) value;
			for (int i = 0; i < list.size(); i++) {
				slots.add(new Slot(list, i));
				walk(list.get(i), slots, containers, seen, depth + 1);
			}
		}
	}

	private static boolean reaches(Object from, Object target) {
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Object> todo = new ArrayList<>(List.of(from));
		while (!todo.isEmpty()) {
			Object next = todo.remove(todo.size() - 1);
			if (next == target) {
				return true;
			}
			if (seen.add(next)) {
				if (next instanceof Map<?, ?> map) {
					map.values().stream().filter((v) -> v != null).forEach(todo::add);
				}
				else if (next instanceof List<?> list) {
					list.stream().filter((v) -> v != null).forEach(todo::add);
				}
			}
		}
		return false;
	}

	/**
	 * Wraps a value in more levels than the limit allows.
	 * @param bottom the value at the bottom
	 * @param levels how many levels
	 * @param shape 0 plain maps, 1 lists, 2 bool queries, 3 sub-aggregations, 4 maps and lists
	 * @return the deep value
	 */
	static Object deep(Object bottom, int levels, int shape) {
		Object value = bottom;
		for (int i = 0; i < levels; i++) {
			value = switch (shape) {
				case 0 -> mapOf("x", value);
				case 1 -> new ArrayList<>(Collections.singletonList(value));
				case 2 -> mapOf("bool", mapOf("must", new ArrayList<>(List.of(orMatchAll(value)))));
				case 3 -> {
					Map<Object, Object> agg = mapOf("terms", mapOf("field", "f"));
					agg.put("aggs", mapOf("a", (value instanceof Map) ? value : mapOf("max", mapOf("field", "n"))));
					yield agg;
				}
				default -> (i % 2 == 0) ? mapOf("x", value) : new ArrayList<>(Collections.singletonList(value));
			};
		}
		return value;
	}

	private static Object orMatchAll(Object value) {
		return (value instanceof Map) ? value : mapOf("match_all", new LinkedHashMap<>());
	}

	private static Object extraValue(int payload) {
		return switch (payload % 6) {
			case 0 -> mapOf("match_all", new LinkedHashMap<>());
			case 1 -> "x";
			case 2 -> 1;
			case 3 -> null;
			case 4 -> mapOf("terms", mapOf("field", "tags"));
			default -> new ArrayList<>();
		};
	}

	static Map<Object, Object> mapOf(Object key, Object value) {
		Map<Object, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		return map;
	}

	private static <T> T pick(List<T> items, int index) {
		return items.get(Math.abs(index) % items.size());
	}

}
