package io.github.esdsl.autoconfigure.observation;

import io.github.esdsl.connection.RequestInfo;
import io.github.esdsl.connection.RequestListener;
import io.github.esdsl.observation.DefaultElasticsearchDslObservationConvention;
import io.github.esdsl.observation.ElasticsearchDslObservationContext;
import io.github.esdsl.observation.ElasticsearchDslObservationConvention;
import io.github.esdsl.observation.ElasticsearchDslObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Observes every request of one connection as
 * {@link ElasticsearchDslObservationDocumentation#REQUEST}, named by the application's
 * {@link ElasticsearchDslObservationConvention} or the default one.
 */
final class ObservationRequestListener implements RequestListener {

	private final ObservationRegistry registry;

	private final ElasticsearchDslObservationConvention convention;

	private final String alias;

	ObservationRequestListener(ObservationRegistry registry, ElasticsearchDslObservationConvention convention,
			String alias) {
		this.registry = registry;
		this.convention = convention;
		this.alias = alias;
	}

	@Override
	public Completion onRequest(RequestInfo request) {
		ElasticsearchDslObservationContext context = new ElasticsearchDslObservationContext(this.alias, request);
		Observation observation = ElasticsearchDslObservationDocumentation.REQUEST
			.observation(this.convention, DefaultElasticsearchDslObservationConvention.INSTANCE, () -> context,
					this.registry)
			.start();
		return (outcome) -> {
			context.setOutcome(outcome);
			if (outcome.failure() != null) {
				observation.error(outcome.failure());
			}
			observation.stop();
		};
	}

}
