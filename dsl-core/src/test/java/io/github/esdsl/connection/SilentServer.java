package io.github.esdsl.connection;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-process "hung node": accepts TCP connections on loopback and never reads or answers.
 */
public final class SilentServer implements AutoCloseable {

	private final ServerSocket socket;

	private final List<Socket> accepted = new ArrayList<>();

	/**
	 * Starts listening on a free loopback port.
	 * @throws IOException when no port can be bound
	 */
	public SilentServer() throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::accept, "silent-server-" + this.socket.getLocalPort());
		thread.setDaemon(true);
		thread.start();
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket client = this.socket.accept();
				synchronized (this.accepted) {
					this.accepted.add(client);
				}
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	/** @return how many connections it accepted */
	public int connections() {
		synchronized (this.accepted) {
			return this.accepted.size();
		}
	}

	/** @return its URI, such as {@code http://127.0.0.1:41234} */
	public String uri() {
		return "http://127.0.0.1:" + this.socket.getLocalPort();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
		synchronized (this.accepted) {
			for (Socket client : this.accepted) {
				client.close();
			}
		}
	}

}
