package io.github.esdsl.connection;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Told about every request a {@link Connection} sends, for metrics, tracing and logging (the
 * Spring Boot auto-configuration adapts it to Micrometer observations). Listeners must be fast and
 * must not block; an exception thrown by a listener is logged and otherwise ignored.
 *
 * <pre>{@code
 * RequestListener timer = RequestListener.onCompletion((request, outcome) ->
 *     registry.timer("es.requests", "operation", request.operation(), "status", outcome.statusText())
 *         .record(outcome.duration()));
 * }</pre>
 */
@FunctionalInterface
public interface RequestListener {

	/**
	 * Called on the caller's thread just before a request is first sent.
	 * @param request what is sent
	 * @return what to call once the request ends (after all retries); {@link Completion#NONE} for
	 * nothing
	 */
	Completion onRequest(RequestInfo request);

	/**
	 * A listener that only wants the end of each request.
	 * @param consumer called with the request and its outcome
	 * @return the listener
	 */
	static RequestListener onCompletion(BiConsumer<RequestInfo, RequestOutcome> consumer) {
		Objects.requireNonNull(consumer, "consumer must not be null");
		return (request) -> (outcome) -> consumer.accept(request, outcome);
	}

	/**
	 * Told once how a request ended, on the thread that completed it (often an I/O thread).
	 */
	@FunctionalInterface
	interface Completion {

		/** A completion that does nothing. */
		Completion NONE = (outcome) -> {
		};

		/**
		 * The request ended.
		 * @param outcome its status, duration and failure
		 */
		void onCompletion(RequestOutcome outcome);

	}

}
