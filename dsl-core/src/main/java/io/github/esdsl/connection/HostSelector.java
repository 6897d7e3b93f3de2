package io.github.esdsl.connection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import co.elastic.clients.transport.rest5_client.low_level.Node;
import co.elastic.clients.transport.rest5_client.low_level.NodeSelector;

/**
 * Picks exactly one node per attempt so that retries are ours to count: round-robin over the nodes
 * the client offers (alive ones, or the dead one closest to revival), preferring a node this request
 * has not tried yet.
 *
 * <p>The low-level client selects nodes synchronously inside {@code performRequestAsync}, so the
 * attempt is handed over in a thread-local for the length of that call. Requests made without an
 * attempt (the sniffer's) keep every node and the client's own failover.
 */
final class HostSelector implements NodeSelector {

	private static final ThreadLocal<Attempt> CURRENT = new ThreadLocal<>();

	private final AtomicInteger next = new AtomicInteger();

	@Override
	public void select(Iterable<Node> nodes) {
		Attempt attempt = CURRENT.get();
		if (attempt == null) {
			return;
		}
		List<Node> candidates = new ArrayList<>();
		nodes.forEach(candidates::add);
		if (candidates.isEmpty()) {
			return;
		}
		int start = Math.floorMod(this.next.getAndIncrement(), candidates.size());
		Node chosen = candidates.get(start);
		for (int i = 0; i < candidates.size(); i++) {
			Node candidate = candidates.get((start + i) % candidates.size());
			if (!attempt.tried(Hosts.toText(candidate.getHost()))) {
				chosen = candidate;
				break;
			}
		}
		for (Iterator<Node> iterator = nodes.iterator(); iterator.hasNext();) {
			if (iterator.next() != chosen) {
				iterator.remove();
			}
		}
		attempt.host = Hosts.toText(chosen.getHost());
	}

	/**
	 * Runs a call of the low-level client with this attempt as the one being selected for.
	 * @param attempt the attempt, told its host
	 * @param call the call
	 * @return what the call returns
	 */
	static <T> T select(Attempt attempt, Supplier<T> call) {
		Attempt previous = CURRENT.get();
		CURRENT.set(attempt);
		try {
			return call.get();
		}
		finally {
			if (previous != null) {
				CURRENT.set(previous);
			}
			else {
				CURRENT.remove();
			}
		}
	}

	@Override
	public String toString() {
		return "round-robin, untried hosts first";
	}

	/**
	 * One attempt of a request: which hosts the request tried before, and the host chosen now.
	 */
	abstract static class Attempt {

		volatile String host;

		abstract boolean tried(String host);

	}

}
