/**
 * Document classes at startup: scanning for {@code @Document} classes and managing their index
 * templates and indices, with the failure analyzers for what goes wrong.
 */
package io.github.esdsl.autoconfigure.document;
