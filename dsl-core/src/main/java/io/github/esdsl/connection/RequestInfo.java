package io.github.esdsl.connection;

/**
 * A request as {@link RequestListener}s see it: no body, no parameters, no headers.
 *
 * @param operation a low-cardinality name such as {@code search}, {@code bulk} or
 * {@code indices.create}
 * @param method the HTTP method
 * @param path the encoded path (may hold index names and ids)
 */
public record RequestInfo(String operation, String method, String path) {
}
