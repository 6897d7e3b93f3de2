package io.github.esdsl.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Elasticsearch node: its folders ({@code config}, {@code data}, {@code logs},
 * {@code tmp}) and, while it runs, its process started from {@code bin/elasticsearch}.
 */
final class Node {

	/** Short-lived launcher and tool JVMs start about twice as fast with C1 only. */
	static final String CLI_JAVA_OPTS = "-XX:TieredStopAtLevel=1";

	private static final String PID_FILE = "esdsl.pid";

	private final int index;

	private final Path directory;

	private int httpPort;

	private int transportPort;

	private Process process;

	private List<ProcessHandle> processes = List.of();

	Node(int index, Path directory) {
		this.index = index;
		this.directory = directory.toAbsolutePath().normalize();
	}

	String name() {
		return "node-" + this.index;
	}

	Path directory() {
		return this.directory;
	}

	Path config() {
		return this.directory.resolve("config");
	}

	Path data() {
		return this.directory.resolve("data");
	}

	Path logs() {
		return this.directory.resolve("logs");
	}

	Path console() {
		return this.directory.resolve("console.log");
	}

	int httpPort() {
		return this.httpPort;
	}

	int transportPort() {
		return this.transportPort;
	}

	void ports(int httpPort, int transportPort) {
		this.httpPort = httpPort;
		this.transportPort = transportPort;
	}

	boolean hasData() {
		try (var files = Files.list(data())) {
			return files.findAny().isPresent();
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Write a fresh configuration folder (the distribution's, plus security files and our
	 * {@code elasticsearch.yml}) and create the other folders, owned by the uid that runs the node.
	 */
	void prepare(Distribution distribution, Map<String, Object> settings, SecurityFiles security) {
		try {
			Folders.deleteRecursively(config());
			Folders.copy(distribution.home().resolve("config"), config());
			if (security != null) {
				security.installInto(config());
			}
			Files.writeString(config().resolve("elasticsearch.yml"), NodeSettings.yaml(settings),
					StandardCharsets.UTF_8);
			for (Path folder : List.of(data(), logs(), this.directory.resolve("tmp"))) {
				Folders.createDirectories(folder);
			}
			Files.deleteIfExists(console());
			RunAs.chown(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare " + this.directory + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Start {@code bin/elasticsearch} for this node; output goes to {@link #console()}.
	 */
	void launch(Distribution distribution, Options options) {
		List<String> command = RunAs.command(List.of(distribution.home().resolve("bin/elasticsearch").toString()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(console().toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		Map<String, String> environment = builder.environment();
		environment.put("ES_PATH_CONF", config().toString());
		environment.put("ES_JAVA_HOME", distribution.javaHome().toString());
		environment.put("ES_JAVA_OPTS", ("-Xms" + options.heap + " -Xmx" + options.heap + " " + options.javaOptions).trim());
		environment.put("ES_TMPDIR", this.directory.resolve("tmp").toString());
		environment.put("CLI_JAVA_OPTS", CLI_JAVA_OPTS);
		environment.remove("JAVA_TOOL_OPTIONS");
		environment.remove("_JAVA_OPTIONS");
		environment.remove("ES_JAVA_HOME_OVERRIDE");
		try {
			this.process = builder.start();
			this.processes = List.of(this.process.toHandle());
			Files.writeString(this.directory.resolve(PID_FILE),
					ProcessHandle.current().pid() + " " + this.process.pid() + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + command + ": " + ex.getMessage(), ex);
		}
	}

	boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	long pid() {
		return (this.process != null) ? this.process.pid() : -1;
	}

	/**
	 * Ask the node to shut down (SIGTERM to the server and its launcher), without waiting.
	 */
	void signalStop() {
		if (this.process == null) {
			return;
		}
		remember();
		for (int i = this.processes.size() - 1; i >= 0; i--) {
			this.processes.get(i).destroy();
		}
	}

	/**
	 * Wait up to {@code timeout} for the node to end, then kill what is left.
	 */
	void awaitStop(Duration timeout) {
		if (this.process == null) {
			return;
		}
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				kill();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			kill();
		}
		for (ProcessHandle handle : this.processes) {
			handle.destroyForcibly();
		}
		ended();
	}

	/**
	 * Kill the node with SIGKILL: the launcher and the server, nothing else.
	 */
	void kill() {
		if (this.process == null) {
			return;
		}
		remember();
		for (ProcessHandle handle : this.processes) {
			handle.destroyForcibly();
		}
		for (ProcessHandle handle : this.processes) {
			handle.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally((ex) -> handle).join();
		}
		ended();
	}

	String logTail() {
		return LogTail.of(console());
	}

	/**
	 * Kill a node a JVM that is gone left running in this folder: its launcher must still
	 * carry this folder's configuration path on its command line.
	 * @return whether a JVM that is gone had started this node
	 */
	boolean reapStale() {
		Path pidFile = this.directory.resolve(PID_FILE);
		try {
			if (!Files.exists(pidFile)) {
				return false;
			}
			String[] pids = Files.readString(pidFile).trim().split(" ");
			// a killed JVM its parent has not reaped yet (a zombie) counts as gone: it has no command any more
			boolean ownerAlive = ProcessHandle.of(Long.parseLong(pids[0]))
				.map((owner) -> owner.isAlive() && owner.info().command().isPresent())
				.orElse(false);
			if (!ownerAlive) {
				ProcessHandle.of(Long.parseLong(pids[1]))
					.filter((handle) -> handle.info().commandLine().orElse("").contains(config().toString()))
					.ifPresent((launcher) -> {
						launcher.descendants().forEach(ProcessHandle::destroyForcibly);
						launcher.destroyForcibly();
					});
				Files.deleteIfExists(pidFile);
				return true;
			}
		}
		catch (IOException | RuntimeException ex) {
			// best effort: a stale node only costs memory, it cannot harm this build
		}
		return false;
	}

	private void remember() {
		List<ProcessHandle> all = new ArrayList<>();
		all.add(this.process.toHandle());
		this.process.toHandle().descendants().forEach(all::add);
		if (all.size() > this.processes.size()) {
			this.processes = List.copyOf(all);
		}
	}

	private void ended() {
		try {
			Files.deleteIfExists(this.directory.resolve(PID_FILE));
		}
		catch (IOException ex) {
			// the stale pid file is ignored once its owner is gone
		}
	}

	@Override
	public String toString() {
		return name() + " (http " + this.httpPort + ", transport " + this.transportPort + ", pid " + pid() + ")";
	}

}
