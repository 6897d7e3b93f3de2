package io.github.esdsl.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hc.core5.http.Header;

/**
 * Response headers as a case-insensitive map.
 */
final class Headers {

	private Headers() {
	}

	static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
		Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> copy.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(values));
		copy.replaceAll((name, values) -> List.copyOf(values));
		return copy;
	}

	static Map<String, List<String>> of(Header[] headers) {
		Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (Header header : headers) {
			map.computeIfAbsent(header.getName(), (key) -> new ArrayList<>()).add((header.getValue() != null) ? header.getValue() : "");
		}
		map.replaceAll((name, values) -> List.copyOf(values));
		return map;
	}

}
