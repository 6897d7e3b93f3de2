package io.github.esdsl.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Forwards TCP connections from a local address to a target, byte for byte (TLS passes through
 * untouched): a way to reach a node under an address its certificate does not name.
 */
final class TcpForwarder implements AutoCloseable {

	private final ServerSocket server;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private TcpForwarder(ServerSocket server, InetSocketAddress target) {
		this.server = server;
		Thread acceptor = new Thread(() -> accept(target), "tcp-forwarder-" + server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Listens on {@code address} (any free port) and forwards to the target.
	 * @param address where to listen, such as {@code 127.0.0.2}
	 * @param target where to forward
	 * @return the forwarder
	 * @throws IOException when the address cannot be bound
	 */
	static TcpForwarder listen(String address, InetSocketAddress target) throws IOException {
		ServerSocket server = new ServerSocket();
		try {
			server.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
		}
		catch (IOException ex) {
			server.close();
			throw ex;
		}
		return new TcpForwarder(server, target);
	}

	/** @return the listening port */
	int port() {
		return this.server.getLocalPort();
	}

	private void accept(InetSocketAddress target) {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket upstream = new Socket(target.getAddress(), target.getPort());
				this.sockets.add(client);
				this.sockets.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private static void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// one side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-forwarder-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.sockets.forEach(TcpForwarder::closeQuietly);
	}

}
