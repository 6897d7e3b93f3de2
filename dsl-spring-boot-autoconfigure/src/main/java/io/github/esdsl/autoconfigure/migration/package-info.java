/**
 * Mapping migrations of the document classes in a Spring application: a bean to call, an
 * actuator endpoint, and migrations at startup only when asked for.
 */
package io.github.esdsl.autoconfigure.migration;
