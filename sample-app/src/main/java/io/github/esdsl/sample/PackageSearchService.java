package io.github.esdsl.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.Agg;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import io.github.esdsl.search.Search;
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
		Map<String, Object> body = execute(Package.INDEX, request(params));
		SearchResult result = read(params, body);
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
			execute(Package.INDEX, request(new SearchParams(words, null, null, null, null, null, null, 1)));
		}
		execute(Package.INDEX, request(new SearchParams("", null, "libs", null, null, "small", "size", 2)));
		logger.info("Searches warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	/**
	 * Package names starting with a prefix, from the completion suggester.
	 * @param prefix the start of a name
	 * @return up to 10 names
	 */
	@SuppressWarnings("unchecked")
	public List<String> suggest(String prefix) {
		if (prefix == null || prefix.isBlank()) {
			return List.of();
		}
		Search<?> search = Search.of(Package.INDEX).size(0).source(false).suggest("names", prefix.strip(),
				Map.of("completion", Map.of("field", "name.suggest", "size", 10, "skip_duplicates", true)));
		Map<String, Object> suggest = (Map<String, Object>) execute(Package.INDEX, search).get("suggest");
		List<String> names = new ArrayList<>();
		for (Map<String, Object> entry : (List<Map<String, Object>>) suggest.get("names")) {
			for (Map<String, Object> option : (List<Map<String, Object>>) entry.get("options")) {
				names.add((String) option.get("text"));
			}
		}
		return names;
	}

	/**
	 * The search for a page of results. As in a faceted search, the selected values filter the
	 * hits through {@code post_filter}, and each facet counts its values with the other facets'
	 * selections only, so a facet keeps showing the values a visitor can switch to.
	 */
	Search<?> request(SearchParams params) {
		Search<?> search = Search.of(Package.INDEX).query(query(params));
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

	private Map<String, Object> execute(String index, Search<?> search) {
		return Json.parseMap(this.connection.perform(RawRequest.post("/" + index + "/_search").body(search)).body());
	}

	@SuppressWarnings("unchecked")
	private static SearchResult read(SearchParams params, Map<String, Object> body) {
		Map<String, Object> hits = (Map<String, Object>) body.get("hits");
		long total = ((Number) ((Map<String, Object>) hits.get("total")).get("value")).longValue();
		List<SearchResult.Hit> found = new ArrayList<>();
		for (Map<String, Object> hit : (List<Map<String, Object>>) hits.get("hits")) {
			found.add(hit((Map<String, Object>) hit.get("_source"),
					(Map<String, List<String>>) hit.getOrDefault("highlight", Map.of())));
		}
		Map<String, Object> aggregations = (Map<String, Object>) body.get("aggregations");
		List<SearchResult.Facet> facets = new ArrayList<>();
		for (String facet : SearchParams.FACETS) {
			List<SearchResult.Value> values = new ArrayList<>();
			String selected = params.filters().getOrDefault(facet, "");
			Map<String, Object> agg = (Map<String, Object>) aggregations.get(facet);
			if (agg.containsKey(facet)) {
				agg = (Map<String, Object>) agg.get(facet);
			}
			for (Map<String, Object> bucket : (List<Map<String, Object>>) agg.get("buckets")) {
				String key = String.valueOf(bucket.get("key"));
				long count = ((Number) bucket.get("doc_count")).longValue();
				if (count > 0 || key.equals(selected)) {
					values.add(new SearchResult.Value(key, label(facet, key), count, key.equals(selected)));
				}
			}
			facets.add(new SearchResult.Facet(facet, TITLES.get(facet), values));
		}
		int pages = (int) Math.min(1000, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		return new SearchResult(params, total, ((Number) body.get("took")).longValue(), found, facets, pages);
	}

	private static SearchResult.Hit hit(Map<String, Object> source, Map<String, List<String>> highlight) {
		String summary = highlight.containsKey("summary") ? highlight.get("summary").get(0)
				: HtmlUtils.htmlEscape(String.valueOf(source.getOrDefault("summary", "")));
		List<String> fragments = highlight.getOrDefault("description", List.of());
		Number size = (Number) source.get("installed_size");
		return new SearchResult.Hit((String) source.get("name"), (String) source.get("version"),
				(String) source.get("section"), (String) source.get("architecture"),
				(size != null) ? size.longValue() : 0, (String) source.get("homepage"), summary, fragments);
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
