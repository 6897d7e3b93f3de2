package io.github.esdsl.autoconfigure.document;

import java.util.List;

/**
 * Document classes cannot be turned into index mappings: an annotation attribute that does not
 * apply to the field's type, two classes of one index mapping a field differently, or a
 * mapping option Elasticsearch rejects. The message names the classes and what was wrong.
 */
public class InvalidDocumentException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<Class<?>> documentClasses;

	private final String index;

	private final String reason;

	InvalidDocumentException(List<Class<?>> documentClasses, String index, String reason, Throwable cause) {
		super("Document " + names(documentClasses) + ((index != null) ? " of index '" + index + "'" : "")
				+ " cannot be mapped: " + reason, cause);
		this.documentClasses = List.copyOf(documentClasses);
		this.index = index;
		this.reason = reason;
	}

	/** @return the document classes concerned */
	public List<Class<?>> getDocumentClasses() {
		return this.documentClasses;
	}

	/** @return the index, or {@code null} when the problem lies in one class alone */
	public String getIndex() {
		return this.index;
	}

	/** @return what was wrong */
	public String getReason() {
		return this.reason;
	}

	static String names(List<Class<?>> classes) {
		return (classes.size() == 1) ? classes.get(0).getName()
				: classes.stream().map(Class::getName).toList().toString();
	}

}
