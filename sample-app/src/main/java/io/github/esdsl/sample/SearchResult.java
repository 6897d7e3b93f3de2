package io.github.esdsl.sample;

import java.util.List;

/**
 * One page of search results with its facets, for the page and the JSON API.
 *
 * @param params what was asked for
 * @param total how many packages match
 * @param took the time Elasticsearch spent, in milliseconds
 * @param hits the packages on this page
 * @param facets the facets, each with its values and counts
 * @param pages how many pages there are
 */
public record SearchResult(SearchParams params, long total, long took, List<Hit> hits, List<Facet> facets, int pages) {

	/**
	 * A package found.
	 *
	 * @param name the package name
	 * @param version its version
	 * @param section its section
	 * @param architecture its architecture
	 * @param installedSize its installed size in KiB
	 * @param homepage its homepage, or {@code null}
	 * @param summary the summary as HTML, matched words in {@code <em>}
	 * @param fragments the matching fragments of the description as HTML, matched words in {@code <em>}
	 */
	public record Hit(String name, String version, String section, String architecture, long installedSize,
			String homepage, String summary, List<String> fragments) {

	}

	/**
	 * A facet.
	 *
	 * @param name the request parameter that selects a value
	 * @param title the facet's title
	 * @param values the values with counts, most frequent first
	 */
	public record Facet(String name, String title, List<Value> values) {

	}

	/**
	 * A facet value.
	 *
	 * @param key the value, as given to the request parameter
	 * @param label the value as shown
	 * @param count how many matching packages have it
	 * @param selected whether it filters the results
	 */
	public record Value(String key, String label, long count, boolean selected) {

	}

}
