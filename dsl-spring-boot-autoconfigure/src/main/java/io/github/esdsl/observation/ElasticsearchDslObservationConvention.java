package io.github.esdsl.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names the observation of an esdsl request and its key values. Define a bean of this type to
 * replace {@link DefaultElasticsearchDslObservationConvention}, for example extending it to add
 * a key value.
 */
public interface ElasticsearchDslObservationConvention
		extends ObservationConvention<ElasticsearchDslObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ElasticsearchDslObservationContext;
	}

}
