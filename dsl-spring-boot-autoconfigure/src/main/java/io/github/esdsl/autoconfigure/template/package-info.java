/**
 * Auto-configuration of {@link io.github.esdsl.spring.SearchTemplate} beans, one per
 * connection alias.
 */
package io.github.esdsl.autoconfigure.template;
