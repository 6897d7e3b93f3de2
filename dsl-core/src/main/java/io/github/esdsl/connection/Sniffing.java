package io.github.esdsl.connection;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.transport.rest5_client.low_level.Node;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.ElasticsearchNodesSniffer;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.NodesSniffer;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.SniffOnFailureListener;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.Sniffer;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.SnifferBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sniffing with the low-level client's {@link Sniffer}: on start (synchronously, before the
 * connection is handed out), periodically, and after a node failure.
 */
final class Sniffing {

	private static final Logger logger = LoggerFactory.getLogger(Sniffing.class);

	private Sniffing() {
	}

	/**
	 * The failure listener to build the client with, when sniffing on failure.
	 * @param settings the settings
	 * @return the listener, or {@code null}
	 */
	static SniffOnFailureListener failureListener(ConnectionSettings settings) {
		return settings.sniffOnConnectionFailure() ? new SniffOnFailureListener() : null;
	}

	/**
	 * Sniffs on start if asked, then starts the periodic/on-failure sniffer if asked.
	 * @param client the client
	 * @param settings the settings
	 * @param failureListener the listener from {@link #failureListener(ConnectionSettings)}
	 * @return the running sniffer to close with the client, or {@code null}
	 */
	static Sniffer start(Rest5Client client, ConnectionSettings settings, SniffOnFailureListener failureListener) {
		if (!settings.sniffing()) {
			return null;
		}
		boolean https = settings.hosts().get(0).getScheme().equals("https");
		NodesSniffer nodes = new ElasticsearchNodesSniffer(client, settings.sniffTimeout().toMillis(),
				https ? ElasticsearchNodesSniffer.Scheme.HTTPS : ElasticsearchNodesSniffer.Scheme.HTTP);
		if (settings.sniffOnStart()) {
			sniffNow(client, nodes, settings);
		}
		if (settings.sniffInterval() == null && failureListener == null) {
			return null;
		}
		SnifferBuilder builder = Sniffer.builder(client).setNodesSniffer(new FirstRoundSkipped(client, nodes));
		builder.setSniffIntervalMillis(
				(settings.sniffInterval() != null) ? (int) settings.sniffInterval().toMillis() : Integer.MAX_VALUE);
		Sniffer sniffer = builder.build();
		if (failureListener != null) {
			failureListener.setSniffer(sniffer);
		}
		return sniffer;
	}

	private static void sniffNow(Rest5Client client, NodesSniffer nodes, ConnectionSettings settings) {
		try {
			List<Node> found = nodes.sniff();
			if (found.isEmpty()) {
				logger.warn("Sniffing {} found no HTTP-enabled node; keeping the configured hosts", settings.hosts());
			}
			else {
				client.setNodes(found);
				logger.debug("Sniffed nodes {}", found);
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Sniffing on start failed on {}; keeping the configured hosts: {}", settings.hosts(),
					ex.toString());
		}
	}

	/**
	 * The sniffer always sniffs as soon as it is built; that round is skipped because sniffing on
	 * start already happened (or was not asked for).
	 */
	private static final class FirstRoundSkipped implements NodesSniffer {

		private final Rest5Client client;

		private final NodesSniffer delegate;

		private final AtomicBoolean first = new AtomicBoolean(true);

		FirstRoundSkipped(Rest5Client client, NodesSniffer delegate) {
			this.client = client;
			this.delegate = delegate;
		}

		@Override
		public List<Node> sniff() throws IOException {
			if (this.first.compareAndSet(true, false)) {
				return this.client.getNodes();
			}
			return this.delegate.sniff();
		}

	}

}
