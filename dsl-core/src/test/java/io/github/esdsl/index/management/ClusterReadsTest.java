package io.github.esdsl.index.management;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterReadsTest {

	@Test
	void namesSharingAPrefixAreReadWithThatPrefix() {
		assertThat(ClusterReads.prefixes(new TreeSet<>(List.of("startup-esdsl-002", "startup-esdsl-001",
				"startup-esdsl-100")))).containsExactly("startup-esdsl-");
	}

	@Test
	void namesSharingNoPrefixAreReadByTheirFirstCharacter() {
		assertThat(ClusterReads.prefixes(new TreeSet<>(List.of("blog-posts", "logs", "blog-comments", "l"))))
			.containsExactly("blog-", "l");
	}

	@Test
	void starMatchesAnyRunOfCharactersAndOtherCharactersOnlyThemselves() {
		assertThat(ClusterReads.matches("logs-*", "logs-2026.11")).isTrue();
		assertThat(ClusterReads.matches("logs-*", "logs")).isFalse();
		assertThat(ClusterReads.matches("*-x-*", "a-x-b")).isTrue();
		assertThat(ClusterReads.matches("a*a", "a")).isFalse();
		assertThat(ClusterReads.matches("a*a", "aa")).isTrue();
		assertThat(ClusterReads.matches("logs", "logs")).isTrue();
		assertThat(ClusterReads.matches("logs", "logs-1")).isFalse();
		assertThat(ClusterReads.matches("log?", "logs")).isFalse();
	}

}
