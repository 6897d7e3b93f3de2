package io.github.esdsl.connection;

import java.time.Duration;

/**
 * Short text for durations in messages: {@code 500ms}, {@code 30s}.
 */
final class Durations {

	private Durations() {
	}

	static String text(Duration duration) {
		if (duration.isZero()) {
			return "0 (no limit)";
		}
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

}
