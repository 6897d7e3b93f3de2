package io.github.esdsl.autoconfigure.document;

import java.net.URI;
import java.util.List;

/**
 * Index management at startup could not reach the cluster of a connection alias.
 */
public class ClusterUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String alias;

	private final List<URI> hosts;

	private final String indexManagement;

	ClusterUnavailableException(String alias, List<URI> hosts, String indexManagement, Throwable cause) {
		super("Elasticsearch of connection '" + alias + "' at " + hosts + " could not be reached for index management '"
				+ indexManagement + "': " + cause.getMessage(), cause);
		this.alias = alias;
		this.hosts = List.copyOf(hosts);
		this.indexManagement = indexManagement;
	}

	/** @return the connection alias */
	public String getAlias() {
		return this.alias;
	}

	/** @return the hosts that were tried */
	public List<URI> getHosts() {
		return this.hosts;
	}

	/** @return the index management mode that needed the cluster, such as {@code templates} */
	public String getIndexManagement() {
		return this.indexManagement;
	}

}
