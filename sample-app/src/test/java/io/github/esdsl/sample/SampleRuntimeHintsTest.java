package io.github.esdsl.sample;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.aot.hint.predicate.RuntimeHintsPredicates.resource;

class SampleRuntimeHintsTest {

	@Test
	void theDataSetIsAResourceOfTheImage() {
		RuntimeHints hints = new RuntimeHints();
		new SampleRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(new ClassPathResource("data/debian-packages.jsonl.gz").exists()).isTrue();
		assertThat(resource().forResource("data/debian-packages.jsonl.gz")).accepts(hints);
	}

}
