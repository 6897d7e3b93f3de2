package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;

/**
 * Python's {@code suggest(name, text, regex, **suggester)}: the text goes under {@code text}
 * for term and phrase suggesters and under {@code prefix} for a completion suggester; a regex
 * is only valid with a completion suggester; exactly one of text and regex must be given. The
 * suggester's own keys follow and replace any earlier suggestion of the same name.
 */
final class Suggestions {

	private Suggestions() {
	}

	static Map<String, Object> add(Map<String, Object> suggest, String name, String text, String regex,
			Map<String, ?> suggester) {
		if (name == null || name.isEmpty()) {
			throw new InvalidDslException("A suggestion needs a non-empty name");
		}
		boolean hasRegex = regex != null && !regex.isEmpty();
		if (text == null && !hasRegex) {
			throw new InvalidDslException("Suggestion '" + name + "' needs a text (or, for a completion suggester, a regex)");
		}
		if (text != null && !text.isEmpty() && hasRegex) {
			throw new InvalidDslException("Suggestion '" + name + "' takes either a text or a regex, not both");
		}
		Map<String, ?> options = (suggester != null) ? suggester : Map.of();
		boolean completion = options.containsKey("completion");
		if (hasRegex && !completion) {
			throw new InvalidDslException("Suggestion '" + name + "' has a regex, which only a completion suggester "
					+ "accepts: pass Map.of(\"completion\", Map.of(\"field\", ...))");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		if (hasRegex) {
			body.put("regex", regex);
		}
		else {
			body.put(completion ? "prefix" : "text", text);
		}
		body.putAll(options);
		try {
			return Frozen.with(suggest, name, body);
		}
		catch (InvalidDslException ex) {
			throw ex.within("suggest." + name);
		}
	}

}
