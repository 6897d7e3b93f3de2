package io.github.esdsl.faceted;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.Agg;
import io.github.esdsl.document.FieldRef;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;

/**
 * A facet over nested documents, Python's {@code NestedFacet}: a {@code nested} aggregation
 * holding the inner facet's aggregation as {@code inner}; the inner facet's filter is wrapped in
 * a {@code nested} query. Values, keys and selection are the inner facet's.
 *
 * <pre>{@code
 * new NestedFacet("variants", new TermsFacet("variants.color"))
 * }</pre>
 *
 * <p>A metric goes on the inner facet.
 */
public final class NestedFacet extends Facet {

	private final String path;

	private final Facet inner;

	/**
	 * A nested facet.
	 * @param path the nested field
	 * @param inner the facet over the nested documents
	 */
	public NestedFacet(String path, Facet inner) {
		super("nested", Map.of("path", checkPath(path)), null, null);
		if (inner == null) {
			throw new IllegalArgumentException("A nested facet on '" + path
					+ "' needs the facet over its nested documents, e.g. new TermsFacet(\"" + path + ".color\")");
		}
		this.path = path;
		this.inner = inner;
	}

	/**
	 * A nested facet on a nested field reference: {@code new NestedFacet(Post_.comments,
	 * new TermsFacet(Post_.comments.author))}.
	 * @param path the nested field
	 * @param inner the facet over the nested documents
	 */
	public NestedFacet(FieldRef path, Facet inner) {
		this(FieldRef.pathOf(path), inner);
	}

	private static String checkPath(String path) {
		if (path == null || path.isBlank()) {
			throw new IllegalArgumentException("A nested facet needs the nested field's path, e.g. \"comments\", but got "
					+ ((path == null) ? "null" : "'" + path + "'"));
		}
		return path;
	}

	/**
	 * The nested field.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * The facet over the nested documents.
	 * @return the inner facet
	 */
	public Facet inner() {
		return this.inner;
	}

	@Override
	public String field() {
		return this.inner.field();
	}

	@Override
	public Agg aggregation() {
		return A.nested(this.path).withBucket("inner", this.inner.aggregation());
	}

	@Override
	public Optional<Query> filter(List<?> values) {
		return this.inner.filter(values).map((query) -> Q.nested(this.path, query));
	}

	@Override
	protected Query valueFilter(Object value) {
		return Q.nested(this.path, this.inner.valueFilter(value));
	}

	@Override
	public List<FacetValue> values(Map<String, ?> data, List<?> selected) {
		Object inner = (data != null) ? data.get("inner") : null;
		return this.inner.values(Keys.map(inner, "The 'inner' result of nested facet '" + this.path + "'"), selected);
	}

}
