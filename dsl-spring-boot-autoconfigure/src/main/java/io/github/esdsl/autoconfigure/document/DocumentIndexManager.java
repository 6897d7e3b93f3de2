package io.github.esdsl.autoconfigure.document;

import java.util.List;
import java.util.Map;

import io.github.esdsl.autoconfigure.ElasticsearchDslProperties.IndexManagement;
import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionException;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.index.Index;
import io.github.esdsl.index.management.IndexConflictException;
import io.github.esdsl.index.management.IndexManager;
import io.github.esdsl.index.management.TemplateRejectedException;

/**
 * Startup index management for the documents of one connection alias: checks the server's
 * version, then runs the mode on {@link IndexManager} and turns its failures into the startup
 * exceptions that the failure analyzers explain.
 */
final class DocumentIndexManager {

	private final String alias;

	private final Connection connection;

	private final IndexManagement mode;

	private final IndexManager manager;

	DocumentIndexManager(String alias, Connection connection, IndexManagement mode, int priority) {
		this.alias = alias;
		this.connection = connection;
		this.mode = mode;
		this.manager = new IndexManager(connection, alias, priority);
	}

	/**
	 * Manages the indices of this alias's documents.
	 * @param indices the indices, each with a name or pattern
	 * @return how many writes were sent
	 */
	int manage(List<Index> indices) {
		try {
			checkCompatibility();
			return switch (this.mode) {
				case VALIDATE -> {
					this.manager.validate(indices);
					yield 0;
				}
				case TEMPLATES -> this.manager.templates(indices);
				case CREATE -> this.manager.create(indices);
				case UPDATE -> this.manager.update(indices);
				case NONE -> 0;
			};
		}
		catch (IndexConflictException ex) {
			throw new IndexMappingConflictException(ex.differences(), ex.isValidation());
		}
		catch (TemplateRejectedException ex) {
			throw new InvalidDocumentException(ex.documents(), ex.indexName(), "Elasticsearch of connection '"
					+ this.alias + "' rejected index template '" + ex.templateName() + "': " + ex.reason(), ex.getCause());
		}
		catch (ConnectionException ex) {
			throw new ClusterUnavailableException(this.alias, this.connection.settings().hosts(),
					this.mode.name().toLowerCase(java.util.Locale.ROOT), ex);
		}
		catch (BadRequestException ex) {
			if (isMediaTypeError(ex)) {
				throw incompatible(null, ex);
			}
			throw ex;
		}
	}

	private void checkCompatibility() {
		Integer wanted = this.connection.settings().compatibility();
		String version;
		try {
			version = serverVersion();
		}
		catch (BadRequestException ex) {
			if (isMediaTypeError(ex)) {
				throw incompatible(null, ex);
			}
			return;
		}
		catch (ElasticsearchException ex) {
			return;
		}
		if (version != null && wanted != null && major(version) < wanted) {
			throw incompatible(version, null);
		}
	}

	private String serverVersion() {
		return serverVersion(this.connection);
	}

	/**
	 * The server's version from {@code GET /}, or from {@code GET _nodes/_local} where {@code GET /}
	 * is not allowed (as in the integration-test distribution).
	 * @param connection the connection
	 * @return the version, or {@code null} when neither says
	 */
	@SuppressWarnings("unchecked")
	static String serverVersion(Connection connection) {
		try {
			Map<String, Object> info = connection.perform(RawRequest.get("/").operation("info")).bodyAsMap();
			if (info.get("version") instanceof Map<?, ?> version && version.get("number") != null) {
				return version.get("number").toString();
			}
		}
		catch (ElasticsearchException ex) {
			if (ex instanceof BadRequestException && isMediaTypeError((BadRequestException) ex)) {
				throw ex;
			}
		}
		Map<String, Object> nodes = connection
			.perform(RawRequest.get("/_nodes/_local").param("filter_path", "nodes.*.version").operation("nodes.info"))
			.bodyAsMap();
		if (nodes.get("nodes") instanceof Map<?, ?> byId) {
			for (Object node : byId.values()) {
				if (node instanceof Map<?, ?> info && info.get("version") != null) {
					return info.get("version").toString();
				}
			}
		}
		return null;
	}

	/**
	 * The server's version asked for on a short-lived copy of the connection that sends
	 * {@code compatible-with=8}, so that an 8.x server refusing {@code compatible-with=9} still
	 * answers; {@code null} when it cannot be had.
	 */
	private static String olderServerVersion(Connection connection) {
		Integer compatibility = connection.settings().compatibility();
		if (compatibility == null || compatibility <= 8) {
			return null;
		}
		try (Connection older = Connection.create(connection.settings().toBuilder().compatibility(8).build())) {
			return serverVersion(older);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static int major(String version) {
		int dot = version.indexOf('.');
		try {
			return Integer.parseInt((dot > 0) ? version.substring(0, dot) : version);
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

	private static boolean isMediaTypeError(BadRequestException ex) {
		return "media_type_header_exception".equals(ex.errorType());
	}

	private IncompatibleClusterException incompatible(String version, BadRequestException cause) {
		if (version == null) {
			version = olderServerVersion(this.connection);
		}
		Integer compatibility = this.connection.settings().compatibility();
		String detail = (cause != null) ? cause.reason()
				: "set compatibility to " + major(version) + " or leave it unset";
		return new IncompatibleClusterException(this.alias, version, compatibility, detail, cause);
	}

}
