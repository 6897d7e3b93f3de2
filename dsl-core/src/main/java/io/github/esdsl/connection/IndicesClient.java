package io.github.esdsl.connection;

import java.util.Arrays;
import java.util.Map;

/**
 * Index management on one {@link Connection}: exists, create (optionally only if absent), delete,
 * refresh and mappings. Obtained from {@link Client#indices()}.
 */
public final class IndicesClient {

	private final Connection connection;

	IndicesClient(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Whether all of these indices (or aliases) exist.
	 * @param indices one or more names
	 * @return whether they exist
	 */
	public boolean exists(String... indices) {
		RawRequest request = RawRequest.head(RawRequest.pathOf(names(indices))).ignore(404).operation("indices.exists");
		return this.connection.perform(request).status() == 200;
	}

	/**
	 * Creates an index.
	 * @param index the name
	 * @param body {@code settings}, {@code mappings} and {@code aliases} (a Map, a JsonWritable
	 * such as an {@code Index}, JSON text or bytes), or {@code null}
	 * @return the response ({@code acknowledged}, {@code index})
	 * @throws BadRequestException with type {@code resource_already_exists_exception} when it exists
	 */
	public Map<String, Object> create(String index, Object body) {
		return this.connection.perform(RawRequest.put(RawRequest.pathOf(index)).body(body).operation("indices.create"))
			.bodyAsMap();
	}

	/**
	 * Creates an index unless it exists; safe when several callers race to create it.
	 * @param index the name
	 * @param body the create-index body, or {@code null}
	 * @return {@code true} if this call created the index
	 */
	public boolean createIfAbsent(String index, Object body) {
		if (exists(index)) {
			return false;
		}
		try {
			create(index, body);
			return true;
		}
		catch (BadRequestException ex) {
			if ("resource_already_exists_exception".equals(ex.errorType())) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Deletes indices.
	 * @param indices one or more names
	 * @return the response
	 * @throws NotFoundException when an index does not exist
	 */
	public Map<String, Object> delete(String... indices) {
		return this.connection.perform(RawRequest.delete(RawRequest.pathOf(names(indices))).operation("indices.delete"))
			.bodyAsMap();
	}

	/**
	 * Deletes an index if it exists.
	 * @param index the name
	 * @return whether it existed
	 */
	public boolean deleteIfExists(String index) {
		RawRequest request = RawRequest.delete(RawRequest.pathOf(index)).ignore(404).operation("indices.delete");
		return this.connection.perform(request).status() != 404;
	}

	/**
	 * Refreshes indices so that recent changes are searchable.
	 * @param indices the names; none refreshes every index
	 * @return the response ({@code _shards})
	 */
	public Map<String, Object> refresh(String... indices) {
		String path = (indices.length == 0) ? "/_refresh" : RawRequest.pathOf(names(indices), "_refresh");
		return this.connection.perform(RawRequest.post(path).operation("indices.refresh")).bodyAsMap();
	}

	/**
	 * The mappings of indices.
	 * @param indices one or more names
	 * @return the response, by index name
	 */
	public Map<String, Object> getMapping(String... indices) {
		return this.connection.perform(RawRequest.get(RawRequest.pathOf(names(indices), "_mapping"))
			.operation("indices.get_mapping")).bodyAsMap();
	}

	private static String names(String... indices) {
		if (indices == null || indices.length == 0) {
			throw new IllegalArgumentException("At least one index name is required");
		}
		for (String index : indices) {
			if (index == null || index.isBlank()) {
				throw new IllegalArgumentException("Index names must not be empty: " + Arrays.toString(indices));
			}
		}
		return String.join(",", indices);
	}

}
