package io.github.esdsl.autoconfigure;

import java.util.Locale;

import io.github.esdsl.connection.ConnectionSettings;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the secrets of {@code elasticsearch.dsl.connections.*} in {@code /actuator/env} and
 * {@code /actuator/configprops}, even with {@code show-values: always} (where Spring Boot shows
 * every value no {@link SanitizingFunction} masks): {@code password}, {@code api-key},
 * {@code bearer-token} and the values of secret-looking {@code headers} ({@code Authorization},
 * any name with a token, key, secret, ...). Property names may be written in any relaxed form,
 * environment variables included.
 */
final class ElasticsearchDslSanitizingFunction implements SanitizingFunction {

	private static final String PREFIX = "elasticsearch.dsl.connections.";

	private static final String[] SECRET_PROPERTIES = { "password", "apikey", "bearertoken" };

	@Override
	public SanitizableData apply(SanitizableData data) {
		return (data.getKey() != null && isSecret(data.getKey())) ? data.withValue(SanitizableData.SANITIZED_VALUE)
				: data;
	}

	/**
	 * Whether a property key (in any relaxed form) names a connection secret.
	 * @param key the key, such as {@code elasticsearch.dsl.connections.default.api-key} or
	 * {@code ELASTICSEARCH_DSL_CONNECTIONS_DEFAULT_HEADERS_AUTHORIZATION}
	 * @return whether its value must be masked
	 */
	static boolean isSecret(String key) {
		String dotted = key.toLowerCase(Locale.ROOT).replace('_', '.').replace('[', '.').replace("]", "");
		if (!dotted.startsWith(PREFIX)) {
			return false;
		}
		String rest = dotted.substring(PREFIX.length());
		int headers = rest.indexOf(".headers");
		if (headers >= 0) {
			String header = rest.substring(headers + ".headers".length());
			// the whole map, or one entry of it
			return header.isEmpty() || ConnectionSettings.isSecretHeader(header);
		}
		String compact = rest.replace(".", "").replace("-", "");
		for (String secret : SECRET_PROPERTIES) {
			if (compact.endsWith(secret)) {
				return true;
			}
		}
		return false;
	}

}
