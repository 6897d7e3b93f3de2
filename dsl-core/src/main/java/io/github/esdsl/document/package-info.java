/**
 * Documents: the {@code @Document} and {@code @Field} annotations, field types, mappings built
 * from Java classes and records, {@code Range} values, document metadata and JSON binding.
 */
package io.github.esdsl.document;
