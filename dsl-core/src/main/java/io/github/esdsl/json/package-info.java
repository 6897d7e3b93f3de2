/**
 * The JSON layer every DSL value shares: compact streaming output and parsing into plain
 * {@code LinkedHashMap}/{@code List} trees.
 */
package io.github.esdsl.json;
