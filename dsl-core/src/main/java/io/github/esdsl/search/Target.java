package io.github.esdsl.search;

import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.document.Document;
import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;

/**
 * Where and how a request runs, never part of its body: the indices, the connection alias, the
 * URL parameters and the type hits are read as (Python's {@code Request} state).
 *
 * @param indices the indices, empty for all
 * @param alias the connection alias
 * @param params the URL parameters, frozen
 * @param documentType the type hits are read as
 * @param connection the connection given with {@code using(Connection)}, or {@code null} to look
 * the alias up in {@link Connections#global()}
 */
record Target(List<String> indices, String alias, Map<String, Object> params, Class<?> documentType,
		Connection connection) {

	Target(List<String> indices, String alias, Map<String, Object> params, Class<?> documentType) {
		this(indices, alias, params, documentType, null);
	}

	static final String DEFAULT_ALIAS = "default";

	private static final Target NO_INDICES_OF_MAPS = new Target(List.of(), DEFAULT_ALIAS, Frozen.emptyMap(), Map.class);

	static Target of(String[] indices, Class<?> documentType) {
		Target none = (documentType == Map.class) ? NO_INDICES_OF_MAPS
				: new Target(List.of(), DEFAULT_ALIAS, Frozen.emptyMap(), documentType);
		return none.addIndices(indices);
	}

	static Target ofDocument(Class<?> documentClass) {
		if (documentClass == null) {
			throw new InvalidDslException("The document class must not be null");
		}
		Document document = documentClass.getAnnotation(Document.class);
		Target target = new Target(List.of(), DEFAULT_ALIAS, Frozen.emptyMap(), documentClass);
		if (document == null) {
			return target;
		}
		target = target.withAlias(document.using());
		return document.index().isEmpty() ? target : target.addIndices(new String[] { document.index() });
	}

	/**
	 * Python's {@code index(*names)}: adds indices; no names clears them.
	 */
	Target addIndices(String[] names) {
		if (names == null || names.length == 0) {
			return this.indices.isEmpty() ? this : new Target(List.of(), this.alias, this.params, this.documentType, this.connection);
		}
		String[] all = new String[this.indices.size() + names.length];
		int size = 0;
		for (int i = 0; i < this.indices.size(); i++) {
			all[size++] = this.indices.get(i);
		}
		for (int i = 0; i < names.length; i++) {
			String name = names[i];
			if (name == null || name.isBlank()) {
				throw new InvalidDslException("Index names must not be null or blank but index [" + i + "] was "
						+ ((name == null) ? "null" : "'" + name + "'"));
			}
			all[size++] = name;
		}
		return new Target(List.of(all), this.alias, this.params, this.documentType, this.connection);
	}

	Target withAlias(String alias) {
		if (alias == null || alias.isBlank()) {
			throw new InvalidDslException("The connection alias must not be null or blank; the default one is '"
					+ DEFAULT_ALIAS + "'");
		}
		return new Target(this.indices, alias, this.params, this.documentType, null);
	}

	Target withParams(Map<String, ?> changes) {
		try {
			return new Target(this.indices, this.alias, Frozen.merge(this.params, changes), this.documentType,
					this.connection);
		}
		catch (InvalidDslException ex) {
			throw ex.within("params");
		}
	}

	Target withDocumentType(Class<?> type) {
		if (type == null) {
			throw new InvalidDslException("The document type must not be null; use Map.class to read hits as maps");
		}
		return new Target(this.indices, this.alias, this.params, type, this.connection);
	}

	Target withConnection(Connection connection) {
		if (connection == null) {
			throw new InvalidDslException("The connection must not be null; use using(alias) to look one up by name");
		}
		return new Target(this.indices, this.alias, this.params, this.documentType, connection);
	}

	/**
	 * The connection the request runs on: the one given with {@code using(Connection)}, else the
	 * one registered under the alias in {@link Connections#global()}.
	 */
	Connection resolveConnection() {
		return (this.connection != null) ? this.connection : Connections.global().get(this.alias);
	}

	/**
	 * The request path for an endpoint such as {@code _search}, on the indices (all when none).
	 */
	String path(String endpoint) {
		return this.indices.isEmpty() ? "/" + endpoint : RawRequest.pathOf(String.join(",", this.indices), endpoint);
	}

	@Override
	public String toString() {
		return "indices=" + this.indices + ", using=" + ((this.connection != null) ? this.connection : this.alias) + ", params=" + this.params.keySet()
				+ ", type=" + this.documentType.getSimpleName();
	}

}
