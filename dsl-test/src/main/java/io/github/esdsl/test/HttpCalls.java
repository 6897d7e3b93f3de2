package io.github.esdsl.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP calls to an {@link ElasticsearchEndpoint}, for health checks and tests of this
 * module; the DSL itself uses elasticsearch-java.
 */
final class HttpCalls {

	private final ElasticsearchEndpoint endpoint;

	private final HttpClient client;

	HttpCalls(ElasticsearchEndpoint endpoint) {
		this.endpoint = endpoint;
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
		if (endpoint.isSecure()) {
			builder.sslContext(endpoint.sslContext());
		}
		this.client = builder.build();
	}

	/**
	 * Send a request to the first node of the endpoint.
	 * @param method the HTTP method
	 * @param path the path and query, such as {@code /_cluster/health}
	 * @param json the JSON body, or {@code null}
	 */
	Response send(String method, String path, String json) throws IOException {
		return send(this.endpoint.uri(), method, path, json);
	}

	Response get(String path) throws IOException {
		return send("GET", path, null);
	}

	Response send(URI node, String method, String path, String json) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (this.endpoint.username().isPresent()) {
			String credentials = this.endpoint.username().get() + ":" + this.endpoint.password().orElse("");
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while calling " + method + " " + node.resolve(path), ex);
		}
	}

	/**
	 * A status code and body.
	 */
	record Response(int status, String body) {

		/**
		 * Return the first scalar value of the JSON field {@code name} in the body, as text.
		 */
		Optional<String> value(String name) {
			Matcher matcher = Pattern
				.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([-+.eE0-9]+|true|false|null))")
				.matcher(this.body);
			if (!matcher.find()) {
				return Optional.empty();
			}
			return Optional.of((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
		}

	}

}
