package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of a suggestion: a token of the text (or the whole text for phrase and completion
 * suggesters) and the options suggested for it.
 *
 * @param text the token
 * @param offset where the token starts in the text
 * @param length its length
 * @param options the options, best first
 */
public record Suggestion(String text, int offset, int length, List<Option> options) {

	static List<Suggestion> listOf(List<?> entries) {
		List<Suggestion> result = new ArrayList<>(entries.size());
		for (Object entry : entries) {
			Map<String, Object> map = AggValues.asMap(entry);
			List<Option> options = new ArrayList<>();
			for (Object option : AggValues.asList(map.get("options"))) {
				options.add(Option.of(AggValues.asMap(option)));
			}
			result.add(new Suggestion(String.valueOf(map.get("text")), number(map.get("offset")).intValue(),
					number(map.get("length")).intValue(), List.copyOf(options)));
		}
		return List.copyOf(result);
	}

	private static Number number(Object value) {
		return (value instanceof Number number) ? number : 0;
	}

	/**
	 * One suggested option.
	 *
	 * @param text the suggested text
	 * @param score its score
	 * @param freq how many documents have it (term suggester), {@code null} otherwise
	 * @param id the {@code _id} of the suggested document (completion suggester), {@code null}
	 * otherwise
	 * @param source its {@code _source} as a map (completion suggester), {@code null} otherwise
	 * @param raw the option as returned
	 */
	public record Option(String text, double score, Long freq, String id, Map<String, Object> source,
			Map<String, Object> raw) {

		static Option of(Map<String, Object> map) {
			Object score = (map.get("score") != null) ? map.get("score") : map.get("_score");
			Object freq = map.get("freq");
			Object source = map.get("_source");
			return new Option(String.valueOf(map.get("text")), number(score).doubleValue(),
					(freq instanceof Number n) ? n.longValue() : null, (String) map.get("_id"),
					(source != null) ? AggValues.asMap(source) : null, map);
		}

	}

}
