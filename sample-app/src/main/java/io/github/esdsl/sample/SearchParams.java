package io.github.esdsl.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asked for: the words, a "more like this" package, the selected facet values, the
 * sort and the page. Links to other pages and facet values are built from it.
 *
 * @param q the words to search for, or empty
 * @param like the name of a package to find similar ones to, or empty
 * @param section the selected section, or empty
 * @param priority the selected priority, or empty
 * @param architecture the selected architecture, or empty
 * @param size the selected installed-size range ({@code tiny}, {@code small}, {@code medium}, {@code large} or {@code huge}), or empty
 * @param sort {@code relevance}, {@code name} or {@code size}
 * @param page the page, from 1
 */
public record SearchParams(String q, String like, String section, String priority, String architecture, String size,
		String sort, int page) {

	/** The facets a visitor can filter on, by request parameter. */
	static final String[] FACETS = { "section", "priority", "architecture", "size" };

	public SearchParams {
		q = clean(q);
		like = clean(like);
		section = clean(section);
		priority = clean(priority);
		architecture = clean(architecture);
		size = clean(size);
		sort = switch (clean(sort)) {
			case "name", "size" -> sort;
			default -> "relevance";
		};
		page = Math.max(1, Math.min(page, 1000));
	}

	/** @return the selected facet values by facet name, only the selected ones */
	Map<String, String> filters() {
		Map<String, String> filters = new LinkedHashMap<>();
		put(filters, "section", this.section);
		put(filters, "priority", this.priority);
		put(filters, "architecture", this.architecture);
		put(filters, "size", this.size);
		return filters;
	}

	/**
	 * A link to the first page with a facet value selected, or unselected when it is.
	 * @param facet the facet's request parameter
	 * @param value the value
	 * @return the link
	 */
	public String toggle(String facet, String value) {
		Map<String, String> params = parameters();
		if (value.equals(params.get(facet))) {
			params.remove(facet);
		}
		else {
			params.put(facet, value);
		}
		params.remove("page");
		return link(params);
	}

	/**
	 * A link to the same search sorted differently, on its first page.
	 * @param sort the sort
	 * @return the link
	 */
	public String sortedBy(String sort) {
		Map<String, String> params = parameters();
		params.put("sort", sort);
		params.remove("page");
		return link(params);
	}

	/**
	 * A link to another page of the same search.
	 * @param page the page
	 * @return the link
	 */
	public String toPage(int page) {
		Map<String, String> params = parameters();
		params.put("page", String.valueOf(page));
		return link(params);
	}

	private Map<String, String> parameters() {
		Map<String, String> params = new LinkedHashMap<>();
		put(params, "q", this.q);
		put(params, "like", this.like);
		params.putAll(filters());
		if (!"relevance".equals(this.sort)) {
			params.put("sort", this.sort);
		}
		if (this.page > 1) {
			params.put("page", String.valueOf(this.page));
		}
		return params;
	}

	private static String link(Map<String, String> params) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/");
		params.forEach(builder::queryParam);
		return builder.encode().build().toUriString();
	}

	private static void put(Map<String, String> params, String name, String value) {
		if (!value.isEmpty()) {
			params.put(name, value);
		}
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

}
