package io.github.esdsl.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.esdsl.faceted.FacetValue;
import io.github.esdsl.faceted.FacetedRequest;
import io.github.esdsl.faceted.FacetedResponse;
import io.github.esdsl.faceted.FacetedSearch;
import io.github.esdsl.faceted.RangeFacet;
import io.github.esdsl.faceted.TermsFacet;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Hit;
import io.github.esdsl.search.Search;
import io.github.esdsl.search.Suggestion;
import io.github.esdsl.spring.SearchTemplate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the packages with a {@link FacetedSearch} (words in name, summary and description;
 * facets on section, priority, architecture and installed size) and reads the answer into a
 * {@link SearchResult}. The one place that talks to Elasticsearch for searches.
 */
@Service
public class PackageSearchService {

	/** Results per page. */
	static final int PAGE_SIZE = 10;

	/** The installed-size ranges in KiB, with their labels. */
	private static final Map<String, String> SIZE_LABELS = Map.of("tiny", "< 100 KB", "small", "100 KB – 1 MB",
			"medium", "1 – 10 MB", "large", "10 – 100 MB", "huge", "≥ 100 MB");

	private static final Map<String, String> TITLES = Map.of("section", "Section", "priority", "Priority",
			"architecture", "Architecture", "size", "Installed size");

	private static final Log logger = LogFactory.getLog(PackageSearchService.class);

	private final SearchTemplate template;

	private final FacetedSearch<Package> packages;

	public PackageSearchService(SearchTemplate template) {
		this.template = template;
		this.packages = FacetedSearch.builder(Package.class)
			.using(template.connection())
			.baseSearch((search) -> search.trackTotalHits(true))
			.fields("name^4", "summary^2", "description")
			.facet("section", new TermsFacet("section", Map.of("size", 12)))
			.facet("priority", new TermsFacet("priority", Map.of("size", 6)))
			.facet("architecture", new TermsFacet("architecture", Map.of("size", 4)))
			.facet("size", new RangeFacet("installed_size", List.of(RangeFacet.range("tiny", null, 100),
					RangeFacet.range("small", 100, 1024), RangeFacet.range("medium", 1024, 10240),
					RangeFacet.range("large", 10240, 102400), RangeFacet.range("huge", 102400, null))))
			.highlight((search, fields) -> search
				.highlightOptions(Map.of("encoder", "html", "pre_tags", List.of("<em>"), "post_tags", List.of("</em>")))
				.highlight("summary", Map.of("number_of_fragments", 0))
				.highlight("description", Map.of("fragment_size", 160, "number_of_fragments", 2)))
			.build();
	}

	/** @return the faceted search behind {@link #search(SearchParams)}, for checking parameters */
	FacetedSearch<Package> facetedSearch() {
		return this.packages;
	}

	/**
	 * Runs a search and logs how long it took at the server.
	 * @param params what was asked for
	 * @return one page of results with facets
	 */
	public SearchResult search(SearchParams params) {
		long start = System.nanoTime();
		FacetedRequest request = request(params);
		SearchResult result = read(params, this.packages.response(request, this.template.execute(search(params, request))));
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
			search(new SearchParams(words, null, null, null, null, null, null, 1));
		}
		search(new SearchParams("", null, "libs", null, null, "small", "size", 2));
		search(new SearchParams(null, "0ad", null, null, null, null, null, 1));
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
		Search<Package> search = this.template.search(Package.class).size(0).source(false).suggest("names",
				prefix.strip(), Map.of("completion", Map.of("field", "name.suggest", "size", 10, "skip_duplicates", true)));
		List<String> names = new ArrayList<>();
		for (Suggestion suggestion : this.template.execute(search).suggestions("names")) {
			suggestion.options().forEach((option) -> names.add(option.text()));
		}
		return names;
	}

	private static FacetedRequest request(SearchParams params) {
		FacetedRequest request = params.like().isEmpty() ? FacetedRequest.query(params.q()) : FacetedRequest.all();
		for (Map.Entry<String, String> filter : params.filters().entrySet()) {
			request = request.filter(filter.getKey(), filter.getValue());
		}
		request = switch (params.sort()) {
			case "name" -> request.sort("name");
			case "size" -> request.sort("-installed_size", "name");
			default -> request;
		};
		return request.page(params.page(), PAGE_SIZE);
	}

	/** The faceted search, with "more like this" as its query when a package is given. */
	private Search<Package> search(SearchParams params, FacetedRequest request) {
		Search<Package> search = this.packages.build(request);
		if (params.like().isEmpty()) {
			return search;
		}
		return search.query(Q.moreLikeThis(List.of(Map.of("_index", Package.INDEX, "_id", params.like())),
				Map.of("fields", List.of("summary", "description"), "min_term_freq", 1, "min_doc_freq", 2,
						"max_query_terms", 25)));
	}

	private static SearchResult read(SearchParams params, FacetedResponse<Package> response) {
		List<SearchResult.Hit> hits = new ArrayList<>();
		for (Hit<Package> hit : response.hits()) {
			hits.add(hit(hit.source(), hit.highlight()));
		}
		List<SearchResult.Facet> facets = new ArrayList<>();
		response.facets().forEach((facet, values) -> {
			List<SearchResult.Value> shown = new ArrayList<>();
			for (FacetValue value : values) {
				if (value.count() > 0 || value.selected()) {
					String key = String.valueOf(value.key());
					shown.add(new SearchResult.Value(key, SIZE_LABELS.getOrDefault(key, key), value.count(),
							value.selected()));
				}
			}
			facets.add(new SearchResult.Facet(facet, TITLES.get(facet), shown));
		});
		long total = response.total().value();
		int pages = (int) Math.min(1000, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		return new SearchResult(params, total, response.response().took(), hits, facets, pages);
	}

	private static SearchResult.Hit hit(Package source, Map<String, List<String>> highlight) {
		String summary = highlight.containsKey("summary") ? highlight.get("summary").get(0)
				: HtmlUtils.htmlEscape((source.summary() != null) ? source.summary() : "");
		List<String> fragments = highlight.getOrDefault("description", List.of());
		long size = (source.installedSize() != null) ? source.installedSize() : 0;
		return new SearchResult.Hit(source.name(), source.version(), source.section(), source.architecture(), size,
				source.homepage(), summary, fragments);
	}

}
