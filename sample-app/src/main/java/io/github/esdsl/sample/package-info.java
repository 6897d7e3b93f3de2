/** esdsl sample. */
package io.github.esdsl.sample;
