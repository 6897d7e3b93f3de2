package io.github.esdsl.autoconfigure.document;

import java.util.Set;

/**
 * A document class names, with {@code @Document(using = ...)}, a connection alias that is not
 * configured.
 */
public class UnknownDocumentAliasException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Class<?> documentClass;

	private final String alias;

	private final Set<String> knownAliases;

	UnknownDocumentAliasException(Class<?> documentClass, String alias, Set<String> knownAliases) {
		super("Document " + documentClass.getName() + " uses connection alias '" + alias
				+ "', but the configured aliases are " + knownAliases);
		this.documentClass = documentClass;
		this.alias = alias;
		this.knownAliases = Set.copyOf(knownAliases);
	}

	/** @return the document class */
	public Class<?> getDocumentClass() {
		return this.documentClass;
	}

	/** @return the unknown alias */
	public String getAlias() {
		return this.alias;
	}

	/** @return the configured aliases */
	public Set<String> getKnownAliases() {
		return this.knownAliases;
	}

}
