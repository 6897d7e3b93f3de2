package io.github.esdsl.dsl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Suggestions for misspelt names of DSL types, by edit distance.
 */
public final class Names {

	private Names() {
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
		return new InvalidDslException("Unknown " + kind + " type '" + name + "'"
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
		String wanted = (name != null) ? name.toLowerCase(java.util.Locale.ROOT) : "";
		List<String> candidates = new ArrayList<>(known);
		candidates.sort(Comparator.<String>comparingInt((candidate) -> score(wanted, candidate))
			.thenComparing(Comparator.naturalOrder()));
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
