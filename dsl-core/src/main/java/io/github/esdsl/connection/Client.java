package io.github.esdsl.connection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.esdsl.json.JsonWritable;

/**
 * The raw client basics of the Python client, on one {@link Connection}: index, get, partial
 * update, delete, update by query, search and cluster health; index management through
 * {@link #indices()}. Bodies are a {@code Map}, a {@link JsonWritable}, JSON text or UTF-8 bytes;
 * results are the response bodies as maps. Parameters such as {@code refresh} or {@code routing}
 * go in a params map ({@code Map.of("refresh", true)} or {@code "wait_for"}).
 */
public final class Client {

	private final Connection connection;

	private final IndicesClient indices;

	Client(Connection connection) {
		this.connection = connection;
		this.indices = new IndicesClient(connection);
	}

	/**
	 * Index management: exists, create, create if absent, delete, refresh, mappings.
	 * @return the indices client
	 */
	public IndicesClient indices() {
		return this.indices;
	}

	/**
	 * Indexes (creates or replaces) a document.
	 * @param index the index
	 * @param id the id, or {@code null} to let Elasticsearch choose one
	 * @param document the source
	 * @return the response ({@code _id}, {@code _version}, {@code result}, ...)
	 */
	public Map<String, Object> index(String index, String id, Object document) {
		return index(index, id, document, Map.of());
	}

	/**
	 * Indexes a document with URL parameters such as {@code refresh}, {@code routing} or
	 * {@code op_type}.
	 * @param index the index
	 * @param id the id, or {@code null} to let Elasticsearch choose one
	 * @param document the source
	 * @param params the parameters
	 * @return the response
	 */
	public Map<String, Object> index(String index, String id, Object document, Map<String, ?> params) {
		String path = (id != null) ? RawRequest.pathOf(index, "_doc", id) : RawRequest.pathOf(index, "_doc");
		RawRequest request = RawRequest.of((id != null) ? "PUT" : "POST", path).params(params).body(required(document));
		return send(request.operation("index"));
	}

	/**
	 * Gets a document.
	 * @param index the index
	 * @param id the id
	 * @return the get response ({@code _source}, {@code _version}, ...), empty when the document
	 * does not exist
	 * @throws NotFoundException when the index does not exist
	 */
	public Optional<Map<String, Object>> get(String index, String id) {
		return get(index, id, Map.of());
	}

	/**
	 * Gets a document with URL parameters such as {@code routing} or {@code _source_includes}.
	 * @param index the index
	 * @param id the id
	 * @param params the parameters
	 * @return the get response, empty when the document does not exist
	 */
	public Optional<Map<String, Object>> get(String index, String id, Map<String, ?> params) {
		RawRequest request = RawRequest.get(RawRequest.pathOf(index, "_doc", id)).params(params).ignore(404)
			.operation("get");
		RawResponse response = this.connection.perform(request);
		Map<String, Object> body = response.bodyAsMap();
		if (response.status() == 404) {
			if (body.containsKey("error")) {
				throw ElasticsearchException.of(404, body, request.method(), request.path());
			}
			return Optional.empty();
		}
		return Optional.of(body);
	}

	/**
	 * Updates part of a document: sends {@code {"doc": partialDocument}} to {@code _update}.
	 * @param index the index
	 * @param id the id
	 * @param partialDocument the fields to set
	 * @return the response
	 */
	public Map<String, Object> update(String index, String id, Map<String, ?> partialDocument) {
		return update(index, id, partialDocument, Map.of());
	}

	/**
	 * Updates part of a document with URL parameters such as {@code refresh} or
	 * {@code retry_on_conflict}.
	 * @param index the index
	 * @param id the id
	 * @param partialDocument the fields to set
	 * @param params the parameters
	 * @return the response
	 */
	public Map<String, Object> update(String index, String id, Map<String, ?> partialDocument,
			Map<String, ?> params) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("doc", required(partialDocument));
		return send(RawRequest.post(RawRequest.pathOf(index, "_update", id)).params(params).body(body)
			.operation("update"));
	}

	/**
	 * Deletes a document.
	 * @param index the index
	 * @param id the id
	 * @param params URL parameters such as {@code refresh}
	 * @return the response
	 * @throws NotFoundException when the document or index does not exist
	 */
	public Map<String, Object> delete(String index, String id, Map<String, ?> params) {
		return send(RawRequest.delete(RawRequest.pathOf(index, "_doc", id)).params(params).operation("delete"));
	}

	/**
	 * Runs an update by query; the body (query, script, ...) is sent as given.
	 * @param index the index or indices (comma-separated, wildcards allowed)
	 * @param body the request body, or {@code null} to update every document
	 * @param params URL parameters such as {@code conflicts}, {@code refresh} or
	 * {@code wait_for_completion}
	 * @return the response ({@code updated}, {@code version_conflicts}, {@code failures}, ...)
	 */
	public Map<String, Object> updateByQuery(String index, Object body, Map<String, ?> params) {
		return send(RawRequest.post(RawRequest.pathOf(index, "_update_by_query")).params(params).body(body)
			.operation("update_by_query"));
	}

	/**
	 * Runs a search with a raw body (the Search DSL is the richer way).
	 * @param index the index or indices
	 * @param body the search body, or {@code null} for match-all
	 * @return the search response
	 */
	public Map<String, Object> search(String index, Object body) {
		return send(RawRequest.post(RawRequest.pathOf(index, "_search")).body(body).operation("search"));
	}

	/**
	 * The cluster's health.
	 * @return the health response ({@code status}, {@code number_of_nodes}, ...)
	 */
	public Map<String, Object> clusterHealth() {
		return clusterHealth(Map.of());
	}

	/**
	 * The cluster's health with parameters such as {@code wait_for_status} or {@code timeout}.
	 * @param params the parameters
	 * @return the health response
	 */
	public Map<String, Object> clusterHealth(Map<String, ?> params) {
		return send(RawRequest.get("/_cluster/health").params(params).operation("cluster.health"));
	}

	private Map<String, Object> send(RawRequest request) {
		return this.connection.perform(request).bodyAsMap();
	}

	static <T> T required(T body) {
		if (body == null) {
			throw new IllegalArgumentException("A body is required here, but it was null");
		}
		return body;
	}

}
