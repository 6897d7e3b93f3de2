/**
 * Health indicator for esdsl connections.
 */
package io.github.esdsl.health;
