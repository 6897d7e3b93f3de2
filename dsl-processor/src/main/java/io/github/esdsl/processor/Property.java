package io.github.esdsl.processor;

import java.util.Map;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One mapped field of a class, as the metamodel writes it.
 *
 * @param javaName the Java field or record component's name
 * @param name the field's name in Elasticsearch
 * @param type the Elasticsearch type name
 * @param multiFields the multi-fields, name to Elasticsearch type
 * @param objectClass the class whose fields are this object or nested field's properties, or
 * {@code null}
 * @param element the Java field or record component
 */
record Property(String javaName, String name, String type, Map<String, String> multiFields, TypeElement objectClass,
		Element element) {
}
