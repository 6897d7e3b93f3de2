/**
 * Analysis definitions: analyzers, normalizers, tokenizers, token filters and char filters,
 * built in or custom, and the {@code analysis} section of index settings they make up.
 */
package io.github.esdsl.analysis;
