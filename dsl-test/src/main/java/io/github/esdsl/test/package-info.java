/** esdsl test. */
package io.github.esdsl.test;
