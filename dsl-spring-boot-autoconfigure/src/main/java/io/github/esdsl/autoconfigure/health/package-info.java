/**
 * Auto-configuration of the esdsl health contributor.
 */
package io.github.esdsl.autoconfigure.health;
