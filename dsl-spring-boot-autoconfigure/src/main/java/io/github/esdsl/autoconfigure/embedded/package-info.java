/**
 * Connection details for the embedded Elasticsearch nodes of module {@code dsl-test}.
 */
package io.github.esdsl.autoconfigure.embedded;
