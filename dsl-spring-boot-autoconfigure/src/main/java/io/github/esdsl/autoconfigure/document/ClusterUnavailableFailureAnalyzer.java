package io.github.esdsl.autoconfigure.document;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link ClusterUnavailableException}.
 */
class ClusterUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<ClusterUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ClusterUnavailableException cause) {
		String description = "Elasticsearch of connection '" + cause.getAlias() + "' at " + cause.getHosts()
				+ " could not be reached, but 'elasticsearch.dsl.index-management=" + cause.getIndexManagement()
				+ "' needs it at startup: " + cause.getCause().getMessage();
		String action = "Start Elasticsearch or correct 'elasticsearch.dsl.connections." + cause.getAlias()
				+ ".hosts'. To start without the cluster, set 'elasticsearch.dsl.index-management=none' or "
				+ "'elasticsearch.dsl.startup.fail-fast=false'.";
		return new FailureAnalysis(description, action, cause);
	}

}
