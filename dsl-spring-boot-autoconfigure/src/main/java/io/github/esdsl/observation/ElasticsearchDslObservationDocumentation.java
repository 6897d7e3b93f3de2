package io.github.esdsl.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations esdsl makes, with their key names.
 */
public enum ElasticsearchDslObservationDocumentation implements ObservationDocumentation {

	/** One request to Elasticsearch, retries included. */
	REQUEST {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultElasticsearchDslObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeys.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeys.values();
		}

	};

	/** Key values with few distinct values, fit for metrics. */
	public enum LowCardinalityKeys implements KeyName {

		/** The alias of the connection. */
		ALIAS {
			@Override
			public String asString() {
				return "elasticsearch.alias";
			}
		},

		/** The operation, such as {@code search} or {@code cluster.health}. */
		OPERATION {
			@Override
			public String asString() {
				return "elasticsearch.operation";
			}
		},

		/** {@code SUCCESS} or {@code FAILURE}. */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/** The HTTP status of the last attempt, or why there is none. */
		HTTP_STATUS {
			@Override
			public String asString() {
				return "http.status";
			}
		}

	}

	/** Key values with many distinct values, for traces only. */
	public enum HighCardinalityKeys implements KeyName {

		/** The HTTP method. */
		HTTP_METHOD {
			@Override
			public String asString() {
				return "http.method";
			}
		},

		/** The request path, without its query string. */
		HTTP_PATH {
			@Override
			public String asString() {
				return "http.path";
			}
		}

	}

}
