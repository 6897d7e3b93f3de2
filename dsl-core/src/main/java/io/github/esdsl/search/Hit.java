package io.github.esdsl.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One search hit: its document (bound to the search's type while the response was streamed) and
 * its metadata. Immutable; the lists and maps it returns are unmodifiable.
 *
 * @param <T> the type the source is read as
 */
public final class Hit<T> {

	final String index;

	final String id;

	final Double score;

	final Long version;

	final Long seqNo;

	final Long primaryTerm;

	final String routing;

	final T source;

	final Map<String, List<String>> highlight;

	final List<Object> sort;

	final List<String> matchedQueries;

	final Map<String, Object> explanation;

	final Map<String, Object> fields;

	final RawJson innerHits;

	final RawJson raw;

	Hit(HitParser.Builder<T> b, RawJson raw) {
		this.index = b.index;
		this.id = b.id;
		this.score = b.score;
		this.version = b.version;
		this.seqNo = b.seqNo;
		this.primaryTerm = b.primaryTerm;
		this.routing = b.routing;
		this.source = b.source;
		this.highlight = (b.highlight != null) ? b.highlight : Map.of();
		this.sort = (b.sort != null) ? b.sort : List.of();
		this.matchedQueries = (b.matchedQueries != null) ? b.matchedQueries : List.of();
		this.explanation = b.explanation;
		this.fields = (b.fields != null) ? b.fields : Map.of();
		this.innerHits = b.innerHits;
		this.raw = raw;
	}

	/** @return the document, {@code null} when the source was not returned */
	public T source() {
		return this.source;
	}

	/** @return the {@code _id} */
	public String id() {
		return this.id;
	}

	/** @return the {@code _index} */
	public String index() {
		return this.index;
	}

	/** @return the {@code _score}, {@code null} when not computed (sorted by a field) */
	public Double score() {
		return this.score;
	}

	/** @return the {@code _version}, {@code null} unless the search asked for versions */
	public Long version() {
		return this.version;
	}

	/** @return the {@code _seq_no}, {@code null} unless the search asked for it */
	public Long seqNo() {
		return this.seqNo;
	}

	/** @return the {@code _primary_term}, {@code null} unless the search asked for it */
	public Long primaryTerm() {
		return this.primaryTerm;
	}

	/** @return the {@code _routing}, {@code null} when the document has none */
	public String routing() {
		return this.routing;
	}

	/** @return the highlighted fragments by field, empty without highlighting */
	public Map<String, List<String>> highlight() {
		return this.highlight;
	}

	/**
	 * The highlighted fragments of one field.
	 * @param field the field name
	 * @return the fragments, empty when the field has none
	 */
	public List<String> highlight(String field) {
		return this.highlight.getOrDefault(field, List.of());
	}

	/** @return the sort values (what {@code search_after} takes), empty when not sorted */
	public List<Object> sort() {
		return this.sort;
	}

	/** @return the names of the named queries this hit matched, empty when none */
	public List<String> matchedQueries() {
		return this.matchedQueries;
	}

	/** @return the score explanation, when the search asked for {@code explain} */
	public Optional<Map<String, Object>> explanation() {
		return Optional.ofNullable(this.explanation);
	}

	/** @return the {@code fields} (docvalue, script and stored fields), empty when none */
	public Map<String, Object> fields() {
		return this.fields;
	}

	/** @return the names of this hit's inner hits, empty when none */
	public List<String> innerHitNames() {
		return (this.innerHits != null) ? List.copyOf(this.innerHits.toMap().keySet()) : List.of();
	}

	/**
	 * The inner hits of one name (from {@code inner_hits} of a nested or has_child query, or of
	 * {@code collapse}), sources as maps.
	 * @param name the inner hits' name
	 * @return the hits
	 * @throws IllegalArgumentException naming the known names when there are none of that name
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public List<Hit<Map<String, Object>>> innerHits(String name) {
		return (List) innerHits(name, Map.class);
	}

	/**
	 * The inner hits of one name, sources read as a class.
	 * @param <R> the class
	 * @param name the inner hits' name
	 * @param type the class
	 * @return the hits
	 * @throws IllegalArgumentException naming the known names when there are none of that name
	 */
	public <R> List<Hit<R>> innerHits(String name, Class<R> type) {
		return HitParser.innerHits(this, name, type).hits();
	}

	/**
	 * The hit as returned, for anything without an accessor (such as {@code _nested}).
	 * @return a new map owned by the caller
	 */
	public Map<String, Object> toMap() {
		return this.raw.toMap();
	}

	@Override
	public String toString() {
		return "Hit{index=" + this.index + ", id=" + this.id + ", score=" + this.score + "}";
	}

}
