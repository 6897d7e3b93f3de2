package io.github.esdsl.autoconfigure.document.samples.aot;

/**
 * The superclass of a nested object, holding a mapped field of its own.
 */
public class Block {

	int position;

}
