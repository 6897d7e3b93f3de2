package io.github.esdsl.query;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.esdsl.types.Options;

/**
 * Factories for compound queries, inherited by {@link Q} (use them as {@code Q.bool(...)}).
 */
abstract class CompoundQueries extends TermLevelQueries {

	CompoundQueries() {
	}

	/**
	 * {@code {"match_all": {}}}.
	 * @return the shared instance
	 */
	public static Query matchAll() {
		return MatchAll.INSTANCE;
	}

	/**
	 * {@code {"match_all": {...options}}}.
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query matchAll(Map<String, ?> options) {
		return create("match_all", Params.of("match_all", options));
	}

	/**
	 * {@code {"match_all": {...options}}}.
	 * @param options sets the options on {@link MatchAllOptions}
	 * @return the query
	 */
	public static Query matchAll(UnaryOperator<MatchAllOptions> options) {
		return matchAll(Options.build(new MatchAllOptions(), options));
	}

	/**
	 * {@code {"match_none": {}}}.
	 * @return the shared instance
	 */
	public static Query matchNone() {
		return MatchNone.INSTANCE;
	}

	/**
	 * {@code {"match_none": {...options}}}.
	 * @param options _name
	 * @return the query
	 */
	public static Query matchNone(Map<String, ?> options) {
		return create("match_none", Params.of("match_none", options));
	}

	/**
	 * {@code {"match_none": {...options}}}.
	 * @param options sets the options on {@link MatchNoneOptions}
	 * @return the query
	 */
	public static Query matchNone(UnaryOperator<MatchNoneOptions> options) {
		return matchNone(Options.build(new MatchNoneOptions(), options));
	}

	/**
	 * An empty {@code bool}; add clauses with {@link Bool#withMust(Query...)} and friends.
	 * @return the query
	 */
	public static Bool bool() {
		return Bool.EMPTY;
	}

	/**
	 * {@code {"bool": params}}: must, should, filter, must_not (each a query, a raw map, or a list
	 * of them), minimum_should_match, boost, _name.
	 * @param params the parameters
	 * @return the query
	 */
	public static Bool bool(Map<String, ?> params) {
		return new Bool(Params.of("bool", params));
	}

	/**
	 * A {@code bool} query with its clauses and options set through typed options, e.g.
	 * {@code Q.bool(b -> b.must(Q.match("title", "python")).filter(Q.term("published", true)))}.
	 * @param options sets the clauses and options on {@link BoolOptions}
	 * @return the query
	 */
	public static Bool bool(UnaryOperator<BoolOptions> options) {
		return bool(Options.build(new BoolOptions(), options));
	}

	/**
	 * {@code {"boosting": {"positive": …, "negative": …, "negative_boost": …}}}.
	 * @param positive what documents must match
	 * @param negative what lowers the score
	 * @param negativeBoost the factor between 0 and 1
	 * @return the query
	 */
	public static Query boosting(Query positive, Query negative, Number negativeBoost) {
		return boosting(positive, negative, negativeBoost, (Map<String, ?>) null);
	}

	/**
	 * {@code boosting} with options.
	 * @param positive what documents must match
	 * @param negative what lowers the score
	 * @param negativeBoost the factor between 0 and 1
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query boosting(Query positive, Query negative, Number negativeBoost, Map<String, ?> options) {
		return create("boosting", Params.of("boosting", options, "positive", positive, "negative", negative,
				"negative_boost", negativeBoost));
	}

	/**
	 * {@code boosting} with options.
	 * @param positive what documents must match
	 * @param negative what lowers the score
	 * @param negativeBoost the factor between 0 and 1
	 * @param options sets the options on {@link BoostingOptions}
	 * @return the query
	 */
	public static Query boosting(Query positive, Query negative, Number negativeBoost, UnaryOperator<BoostingOptions> options) {
		return boosting(positive, negative, negativeBoost, Options.build(new BoostingOptions(), options));
	}

	/**
	 * {@code {"constant_score": {"filter": filter}}}.
	 * @param filter the filter
	 * @return the query
	 */
	public static Query constantScore(Query filter) {
		return constantScore(filter, (Map<String, ?>) null);
	}

	/**
	 * {@code constant_score} with options.
	 * @param filter the filter
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query constantScore(Query filter, Map<String, ?> options) {
		return create("constant_score", Params.of("constant_score", options, "filter", filter));
	}

	/**
	 * {@code constant_score} with options.
	 * @param filter the filter
	 * @param options sets the options on {@link ConstantScoreOptions}
	 * @return the query
	 */
	public static Query constantScore(Query filter, UnaryOperator<ConstantScoreOptions> options) {
		return constantScore(filter, Options.build(new ConstantScoreOptions(), options));
	}

	/**
	 * {@code {"dis_max": {"queries": [...]}}}.
	 * @param queries the clauses
	 * @return the query
	 */
	public static Query disMax(Query... queries) {
		return create("dis_max", Params.of("dis_max", null, "queries", Params.list(queries)));
	}

	/**
	 * {@code dis_max} with options.
	 * @param queries the clauses
	 * @param options tie_breaker, boost, _name
	 * @return the query
	 */
	public static Query disMax(List<? extends Query> queries, Map<String, ?> options) {
		return create("dis_max", Params.of("dis_max", options, "queries", queries));
	}

	/**
	 * {@code dis_max} with options.
	 * @param queries the clauses
	 * @param options sets the options on {@link DisMaxOptions}
	 * @return the query
	 */
	public static Query disMax(List<? extends Query> queries, UnaryOperator<DisMaxOptions> options) {
		return disMax(queries, Options.build(new DisMaxOptions(), options));
	}

	/**
	 * {@code {"function_score": {"query": query, "functions": [...]}}}.
	 * @param query the query whose scores are changed
	 * @param functions the functions, built with {@link SF}
	 * @return the query
	 */
	public static Query functionScore(Query query, ScoreFunction... functions) {
		return functionScore(query, Params.list(functions), (Map<String, ?>) null);
	}

	/**
	 * {@code function_score} with options.
	 * @param query the query whose scores are changed
	 * @param functions the functions (ScoreFunctions or raw maps)
	 * @param options score_mode, boost_mode, max_boost, min_score, boost
	 * @return the query
	 */
	public static Query functionScore(Query query, List<?> functions, Map<String, ?> options) {
		return create("function_score", Params.of("function_score", options, "query", query, "functions", functions));
	}

	/**
	 * {@code function_score} with options.
	 * @param query the query whose scores are changed
	 * @param functions the functions (ScoreFunctions or raw maps)
	 * @param options sets the options on {@link FunctionScoreOptions}
	 * @return the query
	 */
	public static Query functionScore(Query query, List<?> functions, UnaryOperator<FunctionScoreOptions> options) {
		return functionScore(query, functions, Options.build(new FunctionScoreOptions(), options));
	}

}
