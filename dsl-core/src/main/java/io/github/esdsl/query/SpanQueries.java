package io.github.esdsl.query;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.dsl.ParamMaps;
import io.github.esdsl.types.Options;

/**
 * Factories for span queries, inherited by {@link Q} (use them as {@code Q.spanNear(...)}).
 * Span clauses are queries, so they may also be given as raw maps to {@link Q#of}.
 */
abstract class SpanQueries extends GeoQueries {

	SpanQueries() {
	}

	/**
	 * {@code {"span_term": {field: value}}}.
	 * @param field the field
	 * @param value the term
	 * @return the query
	 */
	public static Query spanTerm(String field, Object value) {
		return spanTerm(field, value, (Map<String, ?>) null);
	}

	/**
	 * {@code {"span_term": {field: value}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the term
	 * @return the query
	 */
	public static Query spanTerm(FieldRef field, Object value) {
		return spanTerm(ParamMaps.fieldName("span_term", field), value);
	}

	/**
	 * {@code {"span_term": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the term
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query spanTerm(String field, Object value, Map<String, ?> options) {
		return fieldLeaf("span_term", field, "value", value, options);
	}

	/**
	 * {@code {"span_term": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the term
	 * @param options sets the options on {@link SpanTermOptions}
	 * @return the query
	 */
	public static Query spanTerm(String field, Object value, UnaryOperator<SpanTermOptions> options) {
		return spanTerm(field, value, Options.build(new SpanTermOptions(), options));
	}

	/**
	 * {@code {"span_term": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the term
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query spanTerm(FieldRef field, Object value, Map<String, ?> options) {
		return spanTerm(ParamMaps.fieldName("span_term", field), value, options);
	}

	/**
	 * {@code {"span_term": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the term
	 * @param options sets the options on {@link SpanTermOptions}
	 * @return the query
	 */
	public static Query spanTerm(FieldRef field, Object value, UnaryOperator<SpanTermOptions> options) {
		return spanTerm(ParamMaps.fieldName("span_term", field), value, options);
	}

	/**
	 * {@code {"span_first": {"match": match, "end": end}}}.
	 * @param match a span query
	 * @param end the maximum end position
	 * @return the query
	 */
	public static Query spanFirst(Query match, int end) {
		return spanFirst(match, end, (Map<String, ?>) null);
	}

	/**
	 * {@code span_first} with options.
	 * @param match a span query
	 * @param end the maximum end position
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query spanFirst(Query match, int end, Map<String, ?> options) {
		return create("span_first", Params.of("span_first", options, "match", match, "end", end));
	}

	/**
	 * {@code span_first} with options.
	 * @param match a span query
	 * @param end the maximum end position
	 * @param options sets the options on {@link SpanFirstOptions}
	 * @return the query
	 */
	public static Query spanFirst(Query match, int end, UnaryOperator<SpanFirstOptions> options) {
		return spanFirst(match, end, Options.build(new SpanFirstOptions(), options));
	}

	/**
	 * {@code {"span_multi": {"match": match}}}.
	 * @param match a wildcard, fuzzy, prefix, range or regexp query
	 * @return the query
	 */
	public static Query spanMulti(Query match) {
		return spanMulti(match, (Map<String, ?>) null);
	}

	/**
	 * {@code span_multi} with options.
	 * @param match a multi-term query
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query spanMulti(Query match, Map<String, ?> options) {
		return create("span_multi", Params.of("span_multi", options, "match", match));
	}

	/**
	 * {@code span_multi} with options.
	 * @param match a multi-term query
	 * @param options sets the options on {@link SpanMultiOptions}
	 * @return the query
	 */
	public static Query spanMulti(Query match, UnaryOperator<SpanMultiOptions> options) {
		return spanMulti(match, Options.build(new SpanMultiOptions(), options));
	}

	/**
	 * {@code {"span_near": {"clauses": [...]}}}.
	 * @param clauses the span queries
	 * @return the query
	 */
	public static Query spanNear(Query... clauses) {
		return spanNear(Params.list(clauses), (Map<String, ?>) null);
	}

	/**
	 * {@code span_near} with options.
	 * @param clauses the span queries
	 * @param options slop, in_order, boost, _name
	 * @return the query
	 */
	public static Query spanNear(List<? extends Query> clauses, Map<String, ?> options) {
		return create("span_near", Params.of("span_near", options, "clauses", clauses));
	}

	/**
	 * {@code span_near} with options.
	 * @param clauses the span queries
	 * @param options sets the options on {@link SpanNearOptions}
	 * @return the query
	 */
	public static Query spanNear(List<? extends Query> clauses, UnaryOperator<SpanNearOptions> options) {
		return spanNear(clauses, Options.build(new SpanNearOptions(), options));
	}

	/**
	 * {@code {"span_or": {"clauses": [...]}}}.
	 * @param clauses the span queries
	 * @return the query
	 */
	public static Query spanOr(Query... clauses) {
		return spanOr(Params.list(clauses), (Map<String, ?>) null);
	}

	/**
	 * {@code span_or} with options.
	 * @param clauses the span queries
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query spanOr(List<? extends Query> clauses, Map<String, ?> options) {
		return create("span_or", Params.of("span_or", options, "clauses", clauses));
	}

	/**
	 * {@code span_or} with options.
	 * @param clauses the span queries
	 * @param options sets the options on {@link SpanOrOptions}
	 * @return the query
	 */
	public static Query spanOr(List<? extends Query> clauses, UnaryOperator<SpanOrOptions> options) {
		return spanOr(clauses, Options.build(new SpanOrOptions(), options));
	}

	/**
	 * {@code {"span_not": {"include": include, "exclude": exclude}}}.
	 * @param include the spans kept
	 * @param exclude the spans that must not overlap
	 * @return the query
	 */
	public static Query spanNot(Query include, Query exclude) {
		return spanNot(include, exclude, (Map<String, ?>) null);
	}

	/**
	 * {@code span_not} with options.
	 * @param include the spans kept
	 * @param exclude the spans that must not overlap
	 * @param options pre, post, dist, boost, _name
	 * @return the query
	 */
	public static Query spanNot(Query include, Query exclude, Map<String, ?> options) {
		return create("span_not", Params.of("span_not", options, "include", include, "exclude", exclude));
	}

	/**
	 * {@code span_not} with options.
	 * @param include the spans kept
	 * @param exclude the spans that must not overlap
	 * @param options sets the options on {@link SpanNotOptions}
	 * @return the query
	 */
	public static Query spanNot(Query include, Query exclude, UnaryOperator<SpanNotOptions> options) {
		return spanNot(include, exclude, Options.build(new SpanNotOptions(), options));
	}

	/**
	 * {@code {"span_containing": {"little": little, "big": big}}}.
	 * @param little the enclosed spans
	 * @param big the enclosing spans, returned
	 * @return the query
	 */
	public static Query spanContaining(Query little, Query big) {
		return spanContaining(little, big, (Map<String, ?>) null);
	}

	/**
	 * {@code span_containing} with options.
	 * @param little the enclosed spans
	 * @param big the enclosing spans
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query spanContaining(Query little, Query big, Map<String, ?> options) {
		return create("span_containing", Params.of("span_containing", options, "little", little, "big", big));
	}

	/**
	 * {@code span_containing} with options.
	 * @param little the enclosed spans
	 * @param big the enclosing spans
	 * @param options sets the options on {@link SpanContainingOptions}
	 * @return the query
	 */
	public static Query spanContaining(Query little, Query big, UnaryOperator<SpanContainingOptions> options) {
		return spanContaining(little, big, Options.build(new SpanContainingOptions(), options));
	}

	/**
	 * {@code {"span_within": {"little": little, "big": big}}}.
	 * @param little the enclosed spans, returned
	 * @param big the enclosing spans
	 * @return the query
	 */
	public static Query spanWithin(Query little, Query big) {
		return spanWithin(little, big, (Map<String, ?>) null);
	}

	/**
	 * {@code span_within} with options.
	 * @param little the enclosed spans
	 * @param big the enclosing spans
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query spanWithin(Query little, Query big, Map<String, ?> options) {
		return create("span_within", Params.of("span_within", options, "little", little, "big", big));
	}

	/**
	 * {@code span_within} with options.
	 * @param little the enclosed spans
	 * @param big the enclosing spans
	 * @param options sets the options on {@link SpanWithinOptions}
	 * @return the query
	 */
	public static Query spanWithin(Query little, Query big, UnaryOperator<SpanWithinOptions> options) {
		return spanWithin(little, big, Options.build(new SpanWithinOptions(), options));
	}

	/**
	 * {@code {"span_field_masking": {"query": query, "field": field}}}.
	 * @param query a span query
	 * @param field the field it pretends to search
	 * @return the query
	 */
	public static Query spanFieldMasking(Query query, String field) {
		return spanFieldMasking(query, field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"span_field_masking": {"query": query, "field": field}}}.
	 * @param query a span query
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the query
	 */
	public static Query spanFieldMasking(Query query, FieldRef field) {
		return spanFieldMasking(query, ParamMaps.fieldName("span_field_masking", field));
	}

	/**
	 * {@code span_field_masking} with options.
	 * @param query a span query
	 * @param field the field it pretends to search
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query spanFieldMasking(Query query, String field, Map<String, ?> options) {
		return create("span_field_masking", Params.of("span_field_masking", options, "query", query, "field", field));
	}

	/**
	 * {@code span_field_masking} with options.
	 * @param query a span query
	 * @param field the field it pretends to search
	 * @param options sets the options on {@link SpanFieldMaskingOptions}
	 * @return the query
	 */
	public static Query spanFieldMasking(Query query, String field, UnaryOperator<SpanFieldMaskingOptions> options) {
		return spanFieldMasking(query, field, Options.build(new SpanFieldMaskingOptions(), options));
	}

	/**
	 * {@code span_field_masking} with options.
	 * @param query a span query
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query spanFieldMasking(Query query, FieldRef field, Map<String, ?> options) {
		return spanFieldMasking(query, ParamMaps.fieldName("span_field_masking", field), options);
	}

	/**
	 * {@code span_field_masking} with options.
	 * @param query a span query
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link SpanFieldMaskingOptions}
	 * @return the query
	 */
	public static Query spanFieldMasking(Query query, FieldRef field, UnaryOperator<SpanFieldMaskingOptions> options) {
		return spanFieldMasking(query, ParamMaps.fieldName("span_field_masking", field), options);
	}

}
