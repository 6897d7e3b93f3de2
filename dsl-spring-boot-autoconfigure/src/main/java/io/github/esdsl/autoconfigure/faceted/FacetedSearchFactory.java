package io.github.esdsl.autoconfigure.faceted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.Connections;
import io.github.esdsl.faceted.DateHistogramFacet;
import io.github.esdsl.faceted.Facet;
import io.github.esdsl.faceted.FacetedSearch;
import io.github.esdsl.faceted.FacetedSearchBuilder;
import io.github.esdsl.faceted.HistogramFacet;
import io.github.esdsl.faceted.RangeFacet;
import io.github.esdsl.faceted.TermsFacet;

/**
 * Turns a faceted search declared under {@code elasticsearch.dsl.faceted-searches.<name>} into a
 * {@link FacetedSearch} on the connection of its alias.
 */
final class FacetedSearchFactory {

	static final String PREFIX = "elasticsearch.dsl.faceted-searches";

	static final List<String> KINDS = List.of("terms", "histogram", "date-histogram", "range");

	private FacetedSearchFactory() {
	}

	static FacetedSearch<Map<String, Object>> create(String name, FacetedSearchProperties.Definition definition,
			Connections connections) {
		String path = PREFIX + "." + name;
		String alias = (definition.getAlias() != null) ? definition.getAlias() : Connections.DEFAULT_ALIAS;
		if (!connections.contains(alias)) {
			throw new IllegalStateException("Faceted search '" + name + "' (" + path + ".alias) uses alias '" + alias
					+ "' but there is no such connection; known aliases: " + connections.aliases());
		}
		FacetedSearchBuilder<Map<String, Object>> builder;
		try {
			builder = FacetedSearch.builder(definition.getIndex().toArray(String[]::new))
				.using(alias)
				.fields(definition.getFields().toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Faceted search '" + name + "' is invalid at " + path + ": "
					+ ex.getMessage(), ex);
		}
		definition.getFacets().forEach((facetName, facet) -> {
			String facetPath = path + ".facets." + facetName;
			try {
				builder.facet(facetName, facet(facetPath, facet));
			}
			catch (IllegalStateException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Facet '" + facetName + "' of faceted search '" + name
						+ "' is invalid at " + facetPath + ": " + ex.getMessage(), ex);
			}
		});
		return builder.build().using(connections.get(alias));
	}

	private static Facet facet(String path, FacetedSearchProperties.Facet facet) {
		String kind = facet.getKind();
		if (kind == null || !KINDS.contains(kind)) {
			throw new UnknownFacetKindException(path + ".kind", kind);
		}
		return switch (kind) {
			case "terms" -> (facet.getSize() != null) ? new TermsFacet(facet.getField(), Map.of("size", facet.getSize()))
					: new TermsFacet(facet.getField());
			case "histogram" -> new HistogramFacet(facet.getField(), number(path, facet.getInterval()));
			case "date-histogram" -> new DateHistogramFacet(facet.getField(), required(path, facet.getInterval(),
					"a calendar interval such as month"));
			default -> new RangeFacet(facet.getField(), ranges(path, facet.getRanges()));
		};
	}

	private static Number number(String path, String interval) {
		String text = required(path, interval, "a number such as 10").trim();
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			try {
				return Double.valueOf(text);
			}
			catch (NumberFormatException notDecimal) {
				throw new IllegalStateException("A histogram facet needs a number at " + path + ".interval, such as 10, "
						+ "but got '" + interval + "'");
			}
		}
	}

	private static String required(String path, String interval, String example) {
		if (interval == null || interval.isBlank()) {
			throw new IllegalStateException("The facet at " + path + " needs " + path + ".interval: " + example);
		}
		return interval;
	}

	private static List<RangeFacet.Range> ranges(String path, List<FacetedSearchProperties.Range> ranges) {
		if (ranges == null || ranges.isEmpty()) {
			throw new IllegalStateException("A range facet needs " + path + ".ranges, each with a key and a from "
					+ "and/or to, such as ranges[0].key=cheap and ranges[0].to=10");
		}
		List<RangeFacet.Range> out = new ArrayList<>(ranges.size());
		for (FacetedSearchProperties.Range range : ranges) {
			out.add(RangeFacet.range(range.getKey(), range.getFrom(), range.getTo()));
		}
		return out;
	}

}
