/** esdsl autoconfigure. */
package io.github.esdsl.autoconfigure;
