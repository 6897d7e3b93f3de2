package io.github.esdsl.connection;

import org.apache.hc.core5.http.ContentType;

/**
 * The media types sent for JSON and NDJSON, with or without {@code compatible-with}.
 */
final class MediaTypes {

	private MediaTypes() {
	}

	static String json(Integer compatibility) {
		return (compatibility != null) ? "application/vnd.elasticsearch+json; compatible-with=" + compatibility
				: "application/json";
	}

	static String ndjson(Integer compatibility) {
		return (compatibility != null) ? "application/vnd.elasticsearch+x-ndjson; compatible-with=" + compatibility
				: "application/x-ndjson";
	}

	static ContentType contentType(Integer compatibility, boolean ndjson) {
		return ContentType.parse(ndjson ? ndjson(compatibility) : json(compatibility));
	}

}
