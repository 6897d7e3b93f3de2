package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the responses of {@code _delete_by_query} and {@code _update_by_query} share: counts of
 * what was done, version conflicts, failures and timing. Immutable.
 */
public abstract sealed class ByQueryResponse permits DeleteByQueryResponse, UpdateByQueryResponse {

	private final Map<String, Object> body;

	ByQueryResponse(Map<String, Object> body) {
		this.body = body;
	}

	/**
	 * Whether everything went through: no failures, not timed out, no version conflicts.
	 * @return whether it succeeded
	 */
	public boolean success() {
		return failures().isEmpty() && !timedOut() && versionConflicts() == 0;
	}

	/** @return how long the request took, in milliseconds */
	public long took() {
		return number("took");
	}

	/** @return whether a batch timed out */
	public boolean timedOut() {
		return Boolean.TRUE.equals(this.body.get("timed_out"));
	}

	/** @return how many documents matched the query */
	public long total() {
		return number("total");
	}

	/** @return how many scroll batches were processed */
	public long batches() {
		return number("batches");
	}

	/** @return how many documents had a version conflict (changed while the request ran) */
	public long versionConflicts() {
		return number("version_conflicts");
	}

	/** @return how many documents were left unchanged (a script set {@code ctx.op = "noop"}) */
	public long noops() {
		return number("noops");
	}

	/** @return how many bulk actions were retried */
	public long bulkRetries() {
		return number(AggValues.asMap(this.body.get("retries")), "bulk");
	}

	/** @return how many search actions were retried */
	public long searchRetries() {
		return number(AggValues.asMap(this.body.get("retries")), "search");
	}

	/** @return how long the request slept to honour {@code requests_per_second}, in milliseconds */
	public long throttledMillis() {
		return number("throttled_millis");
	}

	/**
	 * The failures (bulk or search), each as returned; when there are any the request stopped.
	 * @return the failures, empty when none
	 */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> failures() {
		List<Map<String, Object>> failures = new ArrayList<>();
		for (Object failure : AggValues.asList(this.body.get("failures"))) {
			failures.add((Map<String, Object>) failure);
		}
		return failures;
	}

	/**
	 * The task id when the request ran with {@code wait_for_completion=false}.
	 * @return the task id, such as {@code "r1A2WoRbTwKZ516z6NEs5A:36619"}
	 */
	public Optional<String> task() {
		return Optional.ofNullable((String) this.body.get("task"));
	}

	/** @return the body as returned, a new map owned by the caller */
	public Map<String, Object> toMap() {
		return new java.util.LinkedHashMap<>(this.body);
	}

	long number(String key) {
		return number(this.body, key);
	}

	private static long number(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value instanceof Number n) ? n.longValue() : 0;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + this.body;
	}

}
