package io.github.esdsl.sample;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The data set {@link PackageIndexer} reads from the class path, as a resource of a native image.
 */
class SampleRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		hints.resources().registerPattern("data/debian-packages.jsonl.gz");
	}

}
