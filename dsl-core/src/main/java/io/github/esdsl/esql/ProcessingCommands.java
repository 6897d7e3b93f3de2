package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.document.DocumentMetadata;
import io.github.esdsl.document.FieldRef;

/**
 * The less common processing commands of {@link Esql}, and the argument checks all commands
 * share. Only {@link Esql} extends it.
 */
abstract sealed class ProcessingCommands permits Esql {

	ProcessingCommands() {
	}

	abstract Esql then(String command);

	abstract boolean hasFork();

	abstract String branchText();

	private Esql self() {
		return (Esql) this;
	}

	/**
	 * {@code CHANGE_POINT value}: detects spikes, dips and change points in a metric.
	 * @param value the metric column
	 * @return the query, to complete with {@link ChangePoint#on(String)} and
	 * {@link ChangePoint#as(String, String)}
	 */
	public ChangePoint changePoint(String value) {
		return new ChangePoint(self(), value, null, null, null);
	}

	/**
	 * {@code COMPLETION prompt WITH {"inference_id": "..."}}: sends a prompt to an LLM.
	 * @param prompt the prompt column (a string, backtick-quoted when needed) or an expression;
	 * {@code named("answer", "question")} stores the result in {@code answer} instead of
	 * {@code completion}
	 * @param inferenceId the inference endpoint, of the {@code completion} task type
	 * @return the query
	 */
	public Esql completion(Object prompt, String inferenceId) {
		String target = (prompt instanceof Named named) ? EsqlSyntax.identifier(named.name()) + " = " : "";
		Object value = (prompt instanceof Named named) ? named.value() : prompt;
		return then("COMPLETION " + target + column(value) + " WITH " + inference(inferenceId));
	}

	/**
	 * {@code DISSECT input "pattern"}: extracts columns out of a string by a dissect pattern.
	 * @param input the column holding the string
	 * @param pattern the pattern, such as {@code "%{date} - %{msg}"}
	 * @return the query, to complete with {@link Dissect#appendSeparator(String)}
	 */
	public Dissect dissect(Object input, String pattern) {
		return new Dissect(self(), column(input), requireText(pattern, "DISSECT pattern"), null);
	}

	/**
	 * {@code ENRICH policy}: adds columns from an enrich policy.
	 * @param policy the policy name (with an optional {@code _mode:} prefix)
	 * @return the query, to complete with {@link Enrich#on(String)} and
	 * {@link Enrich#with(Object...)}
	 */
	public Enrich enrich(String policy) {
		return new Enrich(self(), EsqlSyntax.word(policy, "enrich policy"), null, List.of());
	}

	/**
	 * {@code FORK ( ... ) ( ... )}: runs up to eight branches on the same input and combines
	 * their rows (with a {@code _fork} column naming the branch).
	 * @param branches the branches, each started with {@link Esql#branch()}
	 * @return the query
	 */
	public Esql fork(Esql... branches) {
		if (branches.length < 1 || branches.length > 8) {
			throw new IllegalArgumentException("FORK takes 1 to 8 branches, not " + branches.length);
		}
		if (hasFork()) {
			throw new IllegalStateException("A query can only have one FORK");
		}
		StringBuilder out = new StringBuilder("FORK ");
		for (int i = 0; i < branches.length; i++) {
			out.append((i > 0) ? "\n       ( " : "( ").append(branches[i].branchText()).append(" )");
		}
		return then(out.toString());
	}

	/**
	 * {@code FUSE}: merges the rows of a {@code FORK} and scores them again (RRF).
	 * @return the query, to complete with {@link Fuse#by(String...)} and {@link Fuse#with(Map)}
	 */
	public Fuse fuse() {
		return new Fuse(self(), null, List.of(), Map.of());
	}

	/**
	 * {@code FUSE method}.
	 * @param method {@code rrf} or {@code linear}
	 * @return the query, to complete with {@link Fuse#by(String...)} and {@link Fuse#with(Map)}
	 */
	public Fuse fuse(String method) {
		return new Fuse(self(), EsqlSyntax.word(method, "FUSE method"), List.of(), Map.of());
	}

	/**
	 * {@code GROK input "pattern"}: extracts columns out of a string by a grok pattern.
	 * @param input the column holding the string
	 * @param pattern the pattern, such as {@code "%{IP:ip} %{NUMBER:num:int}"}
	 * @return the query
	 */
	public Esql grok(Object input, String pattern) {
		return then("GROK " + column(input) + " " + EsqlSyntax.string(requireText(pattern, "GROK pattern")));
	}

	/**
	 * {@code INLINE STATS ...}: like {@link #stats(Object...)}, keeping every input column.
	 * @param expressions the aggregations, {@link Named} or not
	 * @return the query, to complete with {@link Stats#by(Object...)}
	 */
	public Stats inlineStats(Object... expressions) {
		return new Stats(self(), "INLINE STATS", assignments(expressions), null);
	}

	/**
	 * {@code LOOKUP JOIN index ON field}: adds the columns of the matching rows of a lookup
	 * index.
	 * @param lookupIndex the index (in {@code lookup} mode)
	 * @param field the join field, present in the rows and in the lookup index
	 * @param moreFields further join fields
	 * @return the query
	 */
	public Esql lookupJoin(String lookupIndex, String field, String... moreFields) {
		List<String> fields = new ArrayList<>();
		fields.add(EsqlSyntax.identifier(field));
		for (String more : moreFields) {
			fields.add(EsqlSyntax.identifier(more));
		}
		return then("LOOKUP JOIN " + EsqlSyntax.index(lookupIndex) + " ON " + String.join(", ", fields));
	}

	/**
	 * {@code LOOKUP JOIN} on the index of a {@code @Document} class.
	 * @param lookupDocument the document class of the lookup index
	 * @param field the join field
	 * @param moreFields further join fields
	 * @return the query
	 */
	public Esql lookupJoin(Class<?> lookupDocument, String field, String... moreFields) {
		String index = DocumentMetadata.of(lookupDocument).index().orElseThrow(() -> new IllegalArgumentException(
				lookupDocument.getName() + " declares no index: add @Document(index = \"...\")"));
		return lookupJoin(index, field, moreFields);
	}

	/**
	 * {@code MV_EXPAND column}: one row per value of a multivalued column.
	 * @param column the column
	 * @return the query
	 */
	public Esql mvExpand(String column) {
		return then("MV_EXPAND " + EsqlSyntax.identifier(column));
	}

	/**
	 * {@code LOOKUP JOIN} on the index of a {@code @Document} class, joined on field references.
	 * @param lookupDocument the document class of the lookup index
	 * @param field the join field
	 * @param moreFields further join fields
	 * @return the query
	 */
	public Esql lookupJoin(Class<?> lookupDocument, FieldRef field, FieldRef... moreFields) {
		List<String> paths = FieldRef.pathsOf(field, moreFields);
		return lookupJoin(lookupDocument, paths.get(0), paths.subList(1, paths.size()).toArray(String[]::new));
	}

	/**
	 * {@code MV_EXPAND} of a field reference.
	 * @param column the multivalued field
	 * @return the query
	 */
	public Esql mvExpand(FieldRef column) {
		return mvExpand(FieldRef.pathOf(column));
	}

	/**
	 * {@code RENAME field AS new} for a field reference.
	 * @param field the field
	 * @param newName its new name
	 * @return the query
	 */
	public Esql rename(FieldRef field, String newName) {
		return rename(FieldRef.pathOf(field), newName);
	}

	/**
	 * {@code RENAME old AS new}.
	 * @param oldName the column's name
	 * @param newName its new name
	 * @return the query
	 */
	public Esql rename(String oldName, String newName) {
		return rename(Collections.singletonMap(oldName, newName));
	}

	/**
	 * {@code RENAME a AS b, c AS d}, in the map's order.
	 * @param oldToNew old names to new names (use a {@code LinkedHashMap} for several)
	 * @return the query
	 */
	public Esql rename(Map<String, String> oldToNew) {
		if (oldToNew.isEmpty()) {
			throw new IllegalArgumentException("RENAME needs at least one column");
		}
		List<String> parts = new ArrayList<>();
		oldToNew.forEach((from, to) -> parts.add(EsqlSyntax.identifier(from) + " AS " + EsqlSyntax.identifier(to)));
		return then("RENAME " + String.join(", ", parts));
	}

	/**
	 * {@code RERANK "query" ON fields WITH {"inference_id": "..."}}: scores rows again with a
	 * reranking model.
	 * @param query the query text, or {@code named("column", "text")} to store the score in
	 * {@code column} instead of {@code _score}
	 * @param fields the fields holding the text to rerank
	 * @param inferenceId the inference endpoint, of the {@code rerank} task type
	 * @return the query
	 */
	public Esql rerank(Object query, List<String> fields, String inferenceId) {
		String target = (query instanceof Named named) ? EsqlSyntax.identifier(named.name()) + " = " : "";
		Object value = (query instanceof Named named) ? named.value() : query;
		requireSome(fields.toArray(), "RERANK", "field");
		List<String> on = fields.stream().map(EsqlSyntax::identifier).toList();
		return then("RERANK " + target + EsqlSyntax.literal(value) + " ON " + String.join(", ", on) + " WITH "
				+ inference(inferenceId));
	}

	/**
	 * {@code SAMPLE probability}: a random sample of the rows.
	 * @param probability the chance of each row to be kept, between 0 and 1 (exclusive)
	 * @return the query
	 */
	public Esql sample(double probability) {
		if (!(probability > 0 && probability < 1)) {
			throw new IllegalArgumentException("SAMPLE takes a probability between 0 and 1 (exclusive), not "
					+ probability);
		}
		return then("SAMPLE " + EsqlSyntax.number(probability));
	}

	static List<String> assignments(Object[] items) {
		List<String> parts = new ArrayList<>(items.length);
		for (Object item : items) {
			if (item instanceof Named named) {
				parts.add(EsqlSyntax.identifier(named.name()) + " = " + EsqlSyntax.source(named.value()).text());
			}
			else {
				parts.add(EsqlSyntax.source(item).text());
			}
		}
		return parts;
	}

	static String column(Object column) {
		if (column instanceof FieldRef field) {
			return EsqlSyntax.identifier(field.path());
		}
		return (column instanceof Expression expression) ? expression.text()
				: EsqlSyntax.identifier((column != null) ? column.toString() : null);
	}

	private static String inference(String inferenceId) {
		Map<String, Object> with = new LinkedHashMap<>();
		with.put("inference_id", requireText(inferenceId, "inference id"));
		return EsqlSyntax.literal(with);
	}

	static String requireText(String text, String what) {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("The " + what + " must not be " + (text == null ? "null" : "empty"));
		}
		return text;
	}

	static void requireSome(Object[] items, String command, String what) {
		if (items == null || items.length == 0) {
			throw new IllegalArgumentException(command + " needs at least one " + what);
		}
	}

}
