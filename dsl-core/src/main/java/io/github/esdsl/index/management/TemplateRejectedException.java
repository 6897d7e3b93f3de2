package io.github.esdsl.index.management;

import java.util.List;

import io.github.esdsl.connection.BadRequestException;

/**
 * Elasticsearch rejected the index template made from document classes (a bad mapping option,
 * for example); the message gives Elasticsearch's reason and its innermost cause, which names
 * the field.
 */
public class TemplateRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String templateName;

	private final String indexName;

	private final List<Class<?>> documents;

	private final String reason;

	TemplateRejectedException(String templateName, String indexName, List<Class<?>> documents, String reason,
			BadRequestException cause) {
		super("Elasticsearch rejected index template '" + templateName + "' of index '" + indexName + "' (documents "
				+ documents.stream().map(Class::getName).toList() + "): " + reason, cause);
		this.templateName = templateName;
		this.indexName = indexName;
		this.documents = List.copyOf(documents);
		this.reason = reason;
	}

	/** @return the template's name */
	public String templateName() {
		return this.templateName;
	}

	/** @return the index name or pattern the template is for */
	public String indexName() {
		return this.indexName;
	}

	/** @return the document classes of the index */
	public List<Class<?>> documents() {
		return this.documents;
	}

	/** @return Elasticsearch's reason, with the innermost cause in parentheses when there is one */
	public String reason() {
		return this.reason;
	}

}
