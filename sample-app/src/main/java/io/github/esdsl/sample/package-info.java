/**
 * The esdsl sample application: a search site over the Debian package index.
 */
package io.github.esdsl.sample;
