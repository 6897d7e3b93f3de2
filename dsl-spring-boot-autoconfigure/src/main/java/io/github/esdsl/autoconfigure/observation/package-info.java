/**
 * Auto-configuration of Micrometer observations for esdsl requests.
 */
package io.github.esdsl.autoconfigure.observation;
