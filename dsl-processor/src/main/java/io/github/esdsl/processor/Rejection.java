package io.github.esdsl.processor;

import javax.lang.model.element.Element;

/**
 * The mapping rules refuse a class: the message is the one dsl-core gives at startup, the
 * element the one it names.
 */
final class Rejection extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Element element;

	Rejection(String message, Element element) {
		super(message, null, false, false);
		this.element = element;
	}

	Element element() {
		return this.element;
	}

}
