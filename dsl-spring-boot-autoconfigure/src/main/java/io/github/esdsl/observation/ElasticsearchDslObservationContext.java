package io.github.esdsl.observation;

import io.github.esdsl.connection.RequestInfo;
import io.github.esdsl.connection.RequestOutcome;
import io.micrometer.observation.Observation;

/**
 * What an observation of one esdsl request knows: the connection alias, the request and, once
 * it completed, its outcome.
 */
public class ElasticsearchDslObservationContext extends Observation.Context {

	private final String alias;

	private final RequestInfo request;

	private volatile RequestOutcome outcome;

	/**
	 * A context for a request about to be sent.
	 * @param alias the alias of the connection sending it
	 * @param request the request
	 */
	public ElasticsearchDslObservationContext(String alias, RequestInfo request) {
		this.alias = alias;
		this.request = request;
	}

	/** @return the alias of the connection sending the request */
	public String getAlias() {
		return this.alias;
	}

	/** @return the operation, method and path of the request */
	public RequestInfo getRequest() {
		return this.request;
	}

	/** @return the outcome, or {@code null} while the request runs */
	public RequestOutcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Records the outcome of the request.
	 * @param outcome the outcome
	 */
	public void setOutcome(RequestOutcome outcome) {
		this.outcome = outcome;
	}

}
