package io.github.esdsl.search;

import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.Agg;
import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.query.Query;

/**
 * The body state of a {@link Search}: every part immutable, so a changed copy shares all the
 * parts it does not change (Python's {@code SearchBase} fields); setting a part to the value it
 * has returns the same body. Empty collections and {@code null} mean "not set".
 *
 * @param query the query, or {@code null}
 * @param postFilter the post filter, or {@code null}
 * @param aggs the top-level aggregations by name, unmodifiable
 * @param aggsKey the key the aggregations are written under: {@code aggs}, or
 * {@code aggregations} when parsed from that spelling
 * @param knn the kNN searches, frozen maps
 * @param rank the rank definition, frozen
 * @param sort the sort keys, frozen
 * @param collapse the collapse definition, frozen
 * @param source the {@code _source} filter (Boolean, String, List or Map, frozen), or {@code null}
 * @param highlight the highlighted fields and options
 * @param suggest the suggesters by name, frozen
 * @param scriptFields the script fields by name, frozen
 * @param extra other top-level keys, frozen, including {@code from} and {@code size}
 */
record SearchBody(Query query, Query postFilter, Map<String, Agg> aggs, String aggsKey, List<Object> knn,
		Map<String, Object> rank, List<Object> sort, Map<String, Object> collapse, Object source, Highlight highlight,
		Map<String, Object> suggest, Map<String, Object> scriptFields, Map<String, Object> extra) {

	static final SearchBody EMPTY = new SearchBody(null, null, Map.of(), "aggs", List.of(), Frozen.emptyMap(), List.of(),
			Frozen.emptyMap(), null, Highlight.NONE, Frozen.emptyMap(), Frozen.emptyMap(), Frozen.emptyMap());

	SearchBody withQuery(Query value) {
		if (value == this.query) {
			return this;
		}
		return new SearchBody(value, this.postFilter, this.aggs, this.aggsKey, this.knn, this.rank,
				this.sort, this.collapse, this.source, this.highlight, this.suggest, this.scriptFields, this.extra);
	}

	SearchBody withPostFilter(Query value) {
		if (value == this.postFilter) {
			return this;
		}
		return new SearchBody(this.query, value, this.aggs, this.aggsKey, this.knn, this.rank,
				this.sort, this.collapse, this.source, this.highlight, this.suggest, this.scriptFields, this.extra);
	}

	SearchBody withAggs(Map<String, Agg> value) {
		if (value == this.aggs) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, value, this.aggsKey, this.knn, this.rank,
				this.sort, this.collapse, this.source, this.highlight, this.suggest, this.scriptFields, this.extra);
	}

	SearchBody withAggsKey(String value) {
		if (value == this.aggsKey) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, this.aggs, value, this.knn, this.rank,
				this.sort, this.collapse, this.source, this.highlight, this.suggest, this.scriptFields, this.extra);
	}

	SearchBody withKnn(List<Object> value) {
		if (value == this.knn) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, this.aggs, this.aggsKey, value, this.rank,
				this.sort, this.collapse, this.source, this.highlight, this.suggest, this.scriptFields, this.extra);
	}

	SearchBody withRank(Map<String, Object> value) {
		if (value == this.rank) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, this.aggs, this.aggsKey, this.knn, value,
				this.sort, this.collapse, this.source, this.highlight, this.suggest, this.scriptFields, this.extra);
	}

	SearchBody withSort(List<Object> value) {
		if (value == this.sort) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, this.aggs, this.aggsKey, this.knn, this.rank,
				value, this.collapse, this.source, this.highlight, this.suggest, this.scriptFields, this.extra);
	}

	SearchBody withCollapse(Map<String, Object> value) {
		if (value == this.collapse) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, this.aggs, this.aggsKey, this.knn, this.rank,
				this.sort, value, this.source, this.highlight, this.suggest, this.scriptFields, this.extra);
	}

	SearchBody withSource(Object value) {
		if (value == this.source) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, this.aggs, this.aggsKey, this.knn, this.rank,
				this.sort, this.collapse, value, this.highlight, this.suggest, this.scriptFields, this.extra);
	}

	SearchBody withHighlight(Highlight value) {
		if (value == this.highlight) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, this.aggs, this.aggsKey, this.knn, this.rank,
				this.sort, this.collapse, this.source, value, this.suggest, this.scriptFields, this.extra);
	}

	SearchBody withSuggest(Map<String, Object> value) {
		if (value == this.suggest) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, this.aggs, this.aggsKey, this.knn, this.rank,
				this.sort, this.collapse, this.source, this.highlight, value, this.scriptFields, this.extra);
	}

	SearchBody withScriptFields(Map<String, Object> value) {
		if (value == this.scriptFields) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, this.aggs, this.aggsKey, this.knn, this.rank,
				this.sort, this.collapse, this.source, this.highlight, this.suggest, value, this.extra);
	}

	SearchBody withExtra(Map<String, Object> value) {
		if (value == this.extra) {
			return this;
		}
		return new SearchBody(this.query, this.postFilter, this.aggs, this.aggsKey, this.knn, this.rank,
				this.sort, this.collapse, this.source, this.highlight, this.suggest, this.scriptFields, value);
	}

	/**
	 * Drops a top-level key from the extra keys, so a part set through its own method is not
	 * shadowed by a raw copy kept from parsing.
	 */
	SearchBody withoutExtra(String key) {
		Map<String, Object> changed = Frozen.without(this.extra, key);
		return (changed == this.extra) ? this : withExtra(changed);
	}

}
