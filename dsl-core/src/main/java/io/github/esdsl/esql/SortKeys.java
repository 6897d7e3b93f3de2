package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sort keys given as strings, {@code "height DESC NULLS LAST"}: the column (quoted when needed)
 * followed by the order keywords, as the Python builder writes them.
 */
final class SortKeys {

	private static final Set<String> KEYWORDS = Set.of("ASC", "DESC", "NULLS", "FIRST", "LAST");

	private SortKeys() {
	}

	static String render(String key) {
		Expression.raw(key);
		List<String> words = new ArrayList<>(Arrays.asList(key.trim().split(" +")));
		List<String> order = new ArrayList<>();
		while (words.size() > 1 && KEYWORDS.contains(words.get(words.size() - 1).toUpperCase(Locale.ROOT))) {
			order.add(0, words.remove(words.size() - 1));
		}
		String column = String.join(" ", words);
		String name = column.matches("`(?:[^`]|``)*`") ? column : EsqlSyntax.identifier(column);
		return order.isEmpty() ? name : name + " " + String.join(" ", order);
	}

}
