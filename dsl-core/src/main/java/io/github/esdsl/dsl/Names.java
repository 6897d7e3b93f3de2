package io.github.esdsl.dsl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggestions for misspelt names of DSL types, by edit distance.
 */
public final class Names {

	/** How much of a given name is compared with the known ones. */
	private static final int MAX_COMPARED = 64;

	private Names() {
	}

	private static String abbreviate(String name) {
		return (name == null || name.length() <= MAX_COMPARED) ? name
				: name.substring(0, MAX_COMPARED) + "...(" + name.length() + " characters)";
	}

	/**
	 * An error for an unknown type name that names the closest known ones.
	 * @param kind what was looked up, e.g. {@code "query"}
	 * @param name the unknown name
	 * @param known the known names
	 * @return the exception to throw
	 */
	public static InvalidDslException unknown(String kind, String name, Collection<String> known) {
		List<String> closest = closest(name, known, 3);
		return new InvalidDslException("Unknown " + kind + " type '" + abbreviate(name) + "'"
				+ (closest.isEmpty() ? "" : "; the closest known are " + String.join(", ", closest)));
	}

	/**
	 * The known names closest to a name, best first.
	 * @param name the name
	 * @param known the known names
	 * @param limit how many to return at most
	 * @return up to {@code limit} names
	 */
	public static List<String> closest(String name, Collection<String> known, int limit) {
		String given = (name != null) ? name : "";
		// longer than any known name by far: comparing more of it only costs time (quadratic)
		String wanted = given.substring(0, Math.min(given.length(), MAX_COMPARED)).toLowerCase(java.util.Locale.ROOT);
		Map<String, Integer> scores = new HashMap<>();
		for (String candidate : known) {
			scores.put(candidate, score(wanted, candidate));
		}
		List<String> candidates = new ArrayList<>(known);
		candidates.sort(Comparator.<String>comparingInt(scores::get).thenComparing(Comparator.naturalOrder()));
		return List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
	}

	private static int score(String wanted, String candidate) {
		int distance = distance(wanted, candidate);
		// a name that contains the wanted one (or the other way round) is a likely intent
		return (!wanted.isEmpty() && (candidate.contains(wanted) || wanted.contains(candidate)))
				? Math.min(distance, 2) : distance;
	}

	/**
	 * Levenshtein distance.
	 * @param a one string
	 * @param b another
	 * @return the number of single-character edits turning one into the other
	 */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
