/**
 * Index definitions: settings, aliases, analysis and the mappings of the documents stored in an
 * index, and index templates made from them.
 */
package io.github.esdsl.index;
