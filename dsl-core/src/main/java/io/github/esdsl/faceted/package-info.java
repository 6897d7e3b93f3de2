/**
 * Faceted navigation, the Python DSL's {@code FacetedSearch}: a reusable definition of the
 * fields to search and the facets to show ({@link io.github.esdsl.faceted.TermsFacet},
 * {@link io.github.esdsl.faceted.DateHistogramFacet}, {@link io.github.esdsl.faceted.HistogramFacet},
 * {@link io.github.esdsl.faceted.RangeFacet}, {@link io.github.esdsl.faceted.NestedFacet}) that
 * builds, for each request, a search whose aggregations count every facet's values under the
 * filters of all the other facets and whose {@code post_filter} narrows the hits.
 */
package io.github.esdsl.faceted;
