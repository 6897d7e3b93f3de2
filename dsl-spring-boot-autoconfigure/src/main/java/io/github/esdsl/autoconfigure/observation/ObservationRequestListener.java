package io.github.esdsl.autoconfigure.observation;

import io.github.esdsl.connection.RequestInfo;
import io.github.esdsl.connection.RequestListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Observes every request of one connection as {@value #NAME}, with the alias, operation and
 * outcome as low-cardinality key values and the method and path as high-cardinality ones.
 */
final class ObservationRequestListener implements RequestListener {

	static final String NAME = "elasticsearch.dsl.request";

	private final ObservationRegistry registry;

	private final String alias;

	ObservationRequestListener(ObservationRegistry registry, String alias) {
		this.registry = registry;
		this.alias = alias;
	}

	@Override
	public Completion onRequest(RequestInfo request) {
		Observation observation = Observation.createNotStarted(NAME, this.registry)
			.contextualName("elasticsearch " + request.operation())
			.lowCardinalityKeyValue("elasticsearch.alias", this.alias)
			.lowCardinalityKeyValue("elasticsearch.operation", request.operation())
			.highCardinalityKeyValue("http.method", request.method())
			.highCardinalityKeyValue("http.path", request.path())
			.start();
		return (outcome) -> {
			observation.lowCardinalityKeyValue("outcome", outcome.isSuccess() ? "SUCCESS" : "FAILURE");
			observation.lowCardinalityKeyValue("http.status", outcome.statusText());
			if (outcome.failure() != null) {
				observation.error(outcome.failure());
			}
			observation.stop();
		};
	}

}
