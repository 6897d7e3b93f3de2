package io.github.esdsl.json;

import java.util.Map;

import tools.jackson.core.JsonGenerator;

/**
 * A request-side value that is a JSON object: it can give its body as a plain map and write itself
 * straight to a generator without building that map first.
 */
public interface JsonWritable {

	/**
	 * The value as nested {@code LinkedHashMap}/{@code List}/{@code String}/{@code Number}/
	 * {@code Boolean}, keys in insertion order.
	 * @return a new, mutable map owned by the caller
	 */
	Map<String, Object> toMap();

	/**
	 * Writes the value to the generator; the default writes {@link #toMap()}.
	 * @param generator where to write
	 */
	default void writeJson(JsonGenerator generator) {
		Json.write(generator, toMap());
	}

	/**
	 * The value as compact JSON.
	 * @return the JSON text
	 */
	default String toJson() {
		return Json.toJson(this);
	}

}
