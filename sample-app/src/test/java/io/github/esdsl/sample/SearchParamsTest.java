package io.github.esdsl.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchParamsTest {

	private final SearchParams params = new SearchParams(" text editor ", null, "editors", "", null, null, "size", 3);

	@Test
	void valuesAreTrimmedAndUnknownSortsMeanRelevance() {
		assertThat(this.params.q()).isEqualTo("text editor");
		assertThat(this.params.like()).isEmpty();
		assertThat(new SearchParams(null, null, null, null, null, null, "bogus", 0).sort()).isEqualTo("relevance");
		assertThat(new SearchParams(null, null, null, null, null, null, null, 0).page()).isEqualTo(1);
	}

	@Test
	void filtersHoldOnlyTheSelectedFacets() {
		assertThat(this.params.filters()).containsExactly(java.util.Map.entry("section", "editors"));
	}

	@Test
	void toggleSelectsAValueOnTheFirstPage() {
		assertThat(this.params.toggle("priority", "optional"))
			.isEqualTo("/?q=text%20editor&section=editors&sort=size&priority=optional");
	}

	@Test
	void toggleOfTheSelectedValueUnselectsIt() {
		assertThat(this.params.toggle("section", "editors")).isEqualTo("/?q=text%20editor&sort=size");
	}

	@Test
	void pageLinksKeepTheSearch() {
		assertThat(this.params.toPage(4)).isEqualTo("/?q=text%20editor&section=editors&sort=size&page=4");
	}

	@Test
	void sortingGoesBackToTheFirstPageAndRelevanceIsTheDefault() {
		assertThat(this.params.sortedBy("relevance")).isEqualTo("/?q=text%20editor&section=editors&sort=relevance");
	}

}
