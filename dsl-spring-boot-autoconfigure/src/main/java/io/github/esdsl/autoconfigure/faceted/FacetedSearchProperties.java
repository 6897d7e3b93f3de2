package io.github.esdsl.autoconfigure.faceted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Faceted searches declared in configuration alone, each becoming a bean named
 * {@code <name>FacetedSearch}.
 */
@ConfigurationProperties("elasticsearch.dsl")
public class FacetedSearchProperties {

	/**
	 * Faceted searches by name, each registered as a bean named after it with the suffix
	 * FacetedSearch.
	 */
	private final Map<String, Definition> facetedSearches = new LinkedHashMap<>();

	public Map<String, Definition> getFacetedSearches() {
		return this.facetedSearches;
	}

	/**
	 * One faceted search.
	 */
	public static class Definition {

		/**
		 * Indices or index patterns searched; none means all indices.
		 */
		private List<String> index = new ArrayList<>();

		/**
		 * Fields the query text is matched against, each optionally boosted like title^5.
		 */
		private List<String> fields = new ArrayList<>();

		/**
		 * Alias of the connection the searches run on.
		 */
		private String alias = "default";

		/**
		 * Facets by name, in the order they are shown.
		 */
		private Map<String, Facet> facets = new LinkedHashMap<>();

		public List<String> getIndex() {
			return this.index;
		}

		public void setIndex(List<String> index) {
			this.index = index;
		}

		public List<String> getFields() {
			return this.fields;
		}

		public void setFields(List<String> fields) {
			this.fields = fields;
		}

		public String getAlias() {
			return this.alias;
		}

		public void setAlias(String alias) {
			this.alias = alias;
		}

		public Map<String, Facet> getFacets() {
			return this.facets;
		}

		public void setFacets(Map<String, Facet> facets) {
			this.facets = facets;
		}

	}

	/**
	 * One facet of a faceted search.
	 */
	public static class Facet {

		/**
		 * Kind of facet: terms, histogram, date-histogram or range.
		 */
		private String kind;

		/**
		 * Field the facet aggregates and filters on.
		 */
		private String field;

		/**
		 * Bucket width: a number for a histogram, a calendar interval such as month for a
		 * date-histogram.
		 */
		private String interval;

		/**
		 * Number of values a terms facet shows.
		 */
		private Integer size;

		/**
		 * Buckets of a range facet, each with a key and an optional from and to.
		 */
		private List<Range> ranges = new ArrayList<>();

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getField() {
			return this.field;
		}

		public void setField(String field) {
			this.field = field;
		}

		public String getInterval() {
			return this.interval;
		}

		public void setInterval(String interval) {
			this.interval = interval;
		}

		public Integer getSize() {
			return this.size;
		}

		public void setSize(Integer size) {
			this.size = size;
		}

		public List<Range> getRanges() {
			return this.ranges;
		}

		public void setRanges(List<Range> ranges) {
			this.ranges = ranges;
		}

	}

	/**
	 * One bucket of a range facet.
	 */
	public static class Range {

		/**
		 * Name of the bucket, used in requests and responses.
		 */
		private String key;

		/**
		 * Lower bound, inclusive; none means unbounded.
		 */
		private Double from;

		/**
		 * Upper bound, exclusive; none means unbounded.
		 */
		private Double to;

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public Double getFrom() {
			return this.from;
		}

		public void setFrom(Double from) {
			this.from = from;
		}

		public Double getTo() {
			return this.to;
		}

		public void setTo(Double to) {
			this.to = to;
		}

	}

}
