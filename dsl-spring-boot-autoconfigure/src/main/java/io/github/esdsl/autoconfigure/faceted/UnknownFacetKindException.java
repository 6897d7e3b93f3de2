package io.github.esdsl.autoconfigure.faceted;

import java.util.List;

/**
 * A facet under {@code elasticsearch.dsl.faceted-searches.<name>.facets} has a kind that is not
 * one of {@link #getValidKinds()}, such as {@code term} for {@code terms}.
 */
public class UnknownFacetKindException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final String kind;

	UnknownFacetKindException(String property, String kind) {
		super("Unknown facet kind " + ((kind == null) ? "(none)" : "'" + kind + "'") + " at " + property
				+ "; valid kinds are " + FacetedSearchFactory.KINDS);
		this.property = property;
		this.kind = kind;
	}

	/** @return the full property name, such as {@code elasticsearch.dsl.faceted-searches.blog.facets.tags.kind} */
	public String getProperty() {
		return this.property;
	}

	/** @return the kind given, or {@code null} when none was */
	public String getKind() {
		return this.kind;
	}

	/** @return the kinds a facet may have */
	public List<String> getValidKinds() {
		return FacetedSearchFactory.KINDS;
	}

}
