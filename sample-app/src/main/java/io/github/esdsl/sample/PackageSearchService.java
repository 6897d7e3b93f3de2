package io.github.esdsl.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.Agg;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import io.github.esdsl.search.AggregationResult;
import io.github.esdsl.search.Bucket;
import io.github.esdsl.search.Hit;
import io.github.esdsl.search.Response;
import io.github.esdsl.search.Search;
import io.github.esdsl.search.Suggestion;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the packages: builds the request with the DSL, runs it and reads the answer into a
 * {@link SearchResult}. The one place that talks to Elasticsearch for searches.
 */
@Service
public class PackageSearchService {

	/** Results per page. */
	static final int PAGE_SIZE = 10;

	/** The installed-size ranges in KiB: key, label, from (inclusive), to (exclusive). */
	static final List<Object[]> SIZES = List.of(new Object[] { "tiny", "< 100 KB", null, 100 },
			new Object[] { "small", "100 KB – 1 MB", 100, 1024 }, new Object[] { "medium", "1 – 10 MB", 1024, 10240 },
			new Object[] { "large", "10 – 100 MB", 10240, 102400 }, new Object[] { "huge", "≥ 100 MB", 102400, null });

	private static final Map<String, String> TITLES = Map.of("section", "Section", "priority", "Priority",
			"architecture", "Architecture", "size", "Installed size");

	private static final Log logger = LogFactory.getLog(PackageSearchService.class);

	private final Connection connection;

	public PackageSearchService(Connections connections) {
		this.connection = connections.get();
	}

	/**
	 * Runs a search and logs how long it took at the server.
	 * @param params what was asked for
	 * @return one page of results with facets
	 */
	public SearchResult search(SearchParams params) {
		long start = System.nanoTime();
		SearchResult result = read(params, request(params).execute());
		logger.info("Search '" + (params.like().isEmpty() ? params.q() : "like:" + params.like()) + "' "
				+ params.filters() + " answered in " + (System.nanoTime() - start) / 1_000_000 + " ms ("
				+ result.took() + " ms in Elasticsearch, " + result.total() + " hits)");
		return result;
	}

	/**
	 * Runs a few searches once the packages are indexed, so that the first visitor's search does
	 * not pay for loading the index's data structures and compiling the code paths.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void warmUp() {
		long start = System.nanoTime();
		for (String words : List.of("editor", "library", "game")) {
			request(new SearchParams(words, null, null, null, null, null, null, 1)).execute();
		}
		request(new SearchParams("", null, "libs", null, null, "small", "size", 2)).execute();
		request(new SearchParams(null, "0ad", null, null, null, null, null, 1)).execute();
		logger.info("Searches warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	/**
	 * Package names starting with a prefix, from the completion suggester.
	 * @param prefix the start of a name
	 * @return up to 10 names
	 */
	public List<String> suggest(String prefix) {
		if (prefix == null || prefix.isBlank()) {
			return List.of();
		}
		Search<Package> search = Search.of(Package.class).using(this.connection).size(0).source(false).suggest("names",
				prefix.strip(), Map.of("completion", Map.of("field", "name.suggest", "size", 10, "skip_duplicates", true)));
		List<String> names = new ArrayList<>();
		for (Suggestion suggestion : search.execute().suggestions("names")) {
			suggestion.options().forEach((option) -> names.add(option.text()));
		}
		return names;
	}

	/**
	 * The search for a page of results. As in a faceted search, the selected values filter the
	 * hits through {@code post_filter}, and each facet counts its values with the other facets'
	 * selections only, so a facet keeps showing the values a visitor can switch to.
	 */
	Search<Package> request(SearchParams params) {
		Search<Package> search = Search.of(Package.class).using(this.connection).query(query(params));
		Map<String, Query> filters = new LinkedHashMap<>();
		params.filters().forEach((facet, value) -> filters.put(facet, filter(facet, value)));
		Query all = combine(filters, null);
		if (all != null) {
			search = search.postFilter(all);
		}
		search = switch (params.sort()) {
			case "name" -> search.sort("name");
			case "size" -> search.sort("-installed_size", "name");
			default -> search;
		};
		int from = (params.page() - 1) * PAGE_SIZE;
		return search.slice(from, from + PAGE_SIZE)
			.highlightOptions(Map.of("encoder", "html", "pre_tags", List.of("<em>"), "post_tags", List.of("</em>")))
			.highlight("summary", Map.of("number_of_fragments", 0))
			.highlight("description", Map.of("fragment_size", 160, "number_of_fragments", 2))
			.aggs((aggs) -> {
				for (String facet : SearchParams.FACETS) {
					Query others = combine(filters, facet);
					if (others != null) {
						aggs.bucket(facet, A.filter(others)).bucket(facet, facetAgg(facet));
					}
					else {
						aggs.bucket(facet, facetAgg(facet));
					}
				}
			});
	}

	private static Agg facetAgg(String facet) {
		return switch (facet) {
			case "section" -> A.terms("section", Map.of("size", 12));
			case "size" -> A.range("installed_size", sizeRanges(), Map.of("missing", 0));
			default -> A.terms(facet, Map.of("size", 6));
		};
	}

	private static Query combine(Map<String, Query> filters, String except) {
		Query combined = null;
		for (Map.Entry<String, Query> filter : filters.entrySet()) {
			if (!filter.getKey().equals(except)) {
				combined = (combined != null) ? combined.and(filter.getValue()) : filter.getValue();
			}
		}
		return combined;
	}

	private static Query query(SearchParams params) {
		if (!params.like().isEmpty()) {
			return Q.moreLikeThis(List.of(Map.of("_index", Package.INDEX, "_id", params.like())),
					Map.of("fields", List.of("summary", "description"), "min_term_freq", 1, "min_doc_freq", 2,
							"max_query_terms", 25));
		}
		if (!params.q().isEmpty()) {
			return Q.multiMatch(params.q(), List.of("name^4", "summary^2", "description"), null);
		}
		return Q.matchAll();
	}

	private static Query filter(String facet, String value) {
		if (!"size".equals(facet)) {
			return Q.term(facet, value);
		}
		for (Object[] size : SIZES) {
			if (size[0].equals(value)) {
				Map<String, Object> range = new LinkedHashMap<>();
				if (size[2] != null) {
					range.put("gte", size[2]);
				}
				if (size[3] != null) {
					range.put("lt", size[3]);
				}
				Query inRange = Q.of("range", Map.of("installed_size", range));
				// packages without a size count as 0, as in the facet
				return (size[2] != null) ? inRange : inRange.or(Q.of("exists", Map.of("field", "installed_size")).not());
			}
		}
		throw new IllegalArgumentException("Unknown installed size range '" + value + "': use one of tiny, small, "
				+ "medium, large or huge");
	}

	private static List<Map<String, Object>> sizeRanges() {
		List<Map<String, Object>> ranges = new ArrayList<>();
		for (Object[] size : SIZES) {
			Map<String, Object> range = new LinkedHashMap<>();
			range.put("key", size[0]);
			if (size[2] != null) {
				range.put("from", size[2]);
			}
			if (size[3] != null) {
				range.put("to", size[3]);
			}
			ranges.add(range);
		}
		return ranges;
	}

	private static SearchResult read(SearchParams params, Response<Package> response) {
		List<SearchResult.Hit> hits = new ArrayList<>();
		for (Hit<Package> hit : response.hits()) {
			hits.add(hit(hit.source(), hit.highlight()));
		}
		List<SearchResult.Facet> facets = new ArrayList<>();
		for (String facet : SearchParams.FACETS) {
			AggregationResult agg = response.aggregations().get(facet);
			if (agg.buckets().isEmpty() && agg.toMap().containsKey(facet)) {
				agg = agg.aggregation(facet);
			}
			String selected = params.filters().getOrDefault(facet, "");
			List<SearchResult.Value> values = new ArrayList<>();
			for (Bucket bucket : agg.buckets()) {
				String key = bucket.keyAsString();
				if (bucket.docCount() > 0 || key.equals(selected)) {
					values.add(new SearchResult.Value(key, label(facet, key), bucket.docCount(), key.equals(selected)));
				}
			}
			facets.add(new SearchResult.Facet(facet, TITLES.get(facet), values));
		}
		long total = response.total().value();
		int pages = (int) Math.min(1000, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		return new SearchResult(params, total, response.took(), hits, facets, pages);
	}

	private static SearchResult.Hit hit(Package source, Map<String, List<String>> highlight) {
		String summary = highlight.containsKey("summary") ? highlight.get("summary").get(0)
				: HtmlUtils.htmlEscape((source.summary() != null) ? source.summary() : "");
		List<String> fragments = highlight.getOrDefault("description", List.of());
		long size = (source.installedSize() != null) ? source.installedSize() : 0;
		return new SearchResult.Hit(source.name(), source.version(), source.section(), source.architecture(), size,
				source.homepage(), summary, fragments);
	}

	private static String label(String facet, String key) {
		if ("size".equals(facet)) {
			for (Object[] size : SIZES) {
				if (size[0].equals(key)) {
					return (String) size[1];
				}
			}
		}
		return key;
	}

}
