/**
 * The annotation processor that writes the field metamodel ({@code Post_}) of
 * {@code @Document} classes: {@link io.github.esdsl.processor.MetamodelProcessor}.
 */
package io.github.esdsl.processor;
