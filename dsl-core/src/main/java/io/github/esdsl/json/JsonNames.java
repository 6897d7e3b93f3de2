package io.github.esdsl.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * Property names pre-encoded for the generator: a name written again (query types, parameter
 * and field names repeat from request to request) is copied as ready quoted UTF-8 bytes instead
 * of being checked and encoded character by character.
 *
 * <p>A fixed table indexed by the name's hash, each slot holding the last name seen there: a
 * name is cached when first written and used from its second write on, so one-off names cost
 * one small object and the table never grows. Only short names of letters, digits, {@code _},
 * {@code .} and {@code -} are cached, which every generator writes the same whether given as
 * text or pre-encoded (no escaping setting changes them). Races only lose a cache entry.
 */
final class JsonNames {

	private static final int SLOTS = 2048;

	private static final int MAX_LENGTH = 64;

	private static final SerializedString[] TABLE = new SerializedString[SLOTS];

	private JsonNames() {
	}

	static void write(JsonGenerator generator, String name) {
		int hash = name.hashCode();
		int slot = (hash ^ (hash >>> 11)) & (SLOTS - 1);
		SerializedString cached = TABLE[slot];
		if (cached != null) {
			String value = cached.getValue();
			if (value == name || value.equals(name)) {
				generator.writeName(cached);
				return;
			}
		}
		generator.writeName(name);
		if (isPlain(name)) {
			TABLE[slot] = new SerializedString(name);
		}
	}

	private static boolean isPlain(String name) {
		int length = name.length();
		if (length == 0 || length > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = name.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
					|| c == '-')) {
				return false;
			}
		}
		return true;
	}

}
