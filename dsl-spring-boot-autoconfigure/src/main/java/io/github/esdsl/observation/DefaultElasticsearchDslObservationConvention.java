package io.github.esdsl.observation;

import io.github.esdsl.connection.RequestOutcome;
import io.github.esdsl.observation.ElasticsearchDslObservationDocumentation.HighCardinalityKeys;
import io.github.esdsl.observation.ElasticsearchDslObservationDocumentation.LowCardinalityKeys;
import io.micrometer.common.KeyValues;

/**
 * The default names: observation {@value #NAME}, contextual name {@code elasticsearch <operation>},
 * the alias, operation, outcome and status as low-cardinality key values, the method and path as
 * high-cardinality ones.
 */
public class DefaultElasticsearchDslObservationConvention implements ElasticsearchDslObservationConvention {

	/** The name of the observation. */
	public static final String NAME = "elasticsearch.dsl.request";

	/** The convention, for use where no other is given. */
	public static final DefaultElasticsearchDslObservationConvention INSTANCE = new DefaultElasticsearchDslObservationConvention();

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(ElasticsearchDslObservationContext context) {
		return "elasticsearch " + context.getRequest().operation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ElasticsearchDslObservationContext context) {
		RequestOutcome outcome = context.getOutcome();
		return KeyValues.of(LowCardinalityKeys.ALIAS.withValue(context.getAlias()),
				LowCardinalityKeys.OPERATION.withValue(context.getRequest().operation()),
				LowCardinalityKeys.OUTCOME.withValue(
						(outcome == null) ? "UNKNOWN" : (outcome.isSuccess() ? "SUCCESS" : "FAILURE")),
				LowCardinalityKeys.HTTP_STATUS.withValue((outcome != null) ? outcome.statusText() : "NONE"));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ElasticsearchDslObservationContext context) {
		return KeyValues.of(HighCardinalityKeys.HTTP_METHOD.withValue(context.getRequest().method()),
				HighCardinalityKeys.HTTP_PATH.withValue(context.getRequest().path()));
	}

}
