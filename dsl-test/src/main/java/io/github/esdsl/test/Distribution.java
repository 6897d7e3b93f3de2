package io.github.esdsl.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.esdsl.test.ElasticsearchStartupException.Reason;

/**
 * The Elasticsearch distribution unpacked once per build from the Maven artifact
 * {@code org.elasticsearch.distribution.integ-test-zip:elasticsearch} and shared read-only by
 * every node, plus the Java that runs it.
 */
final class Distribution {

	static final String ZIP_PROPERTY = "esdsl.elasticsearch.zip";

	static final String HOME_PROPERTY = "esdsl.elasticsearch.home";

	static final String JAVA_HOME_PROPERTY = "esdsl.elasticsearch.java-home";

	static final String VERSION = loadVersion();

	private static final String COMPLETE_MARKER = ".esdsl-unpacked";

	private static Distribution instance;

	private final Path home;

	private final Path workDirectory;

	private final Path javaHome;

	private Distribution(Path home, Path workDirectory, Path javaHome) {
		this.home = home;
		this.workDirectory = workDirectory;
		this.javaHome = javaHome;
	}

	/**
	 * Return the distribution of this JVM, unpacking it on first use.
	 */
	static synchronized Distribution get() {
		if (instance == null) {
			instance = prepare(System::getProperty);
		}
		return instance;
	}

	static Distribution prepare(UnaryOperator<String> properties) {
		Path javaHome = checkJava(javaHome(properties));
		Path zip = locateZip(properties);
		Path work = workDirectory(properties);
		RunAs.checkReachable(work, "the Elasticsearch work folder (-D" + HOME_PROPERTY + ")");
		RunAs.checkReachable(javaHome, "the Java that runs Elasticsearch (-D" + JAVA_HOME_PROPERTY + ")");
		return new Distribution(unpackOnce(zip, work), work, javaHome);
	}

	static Path locateZip(UnaryOperator<String> properties) {
		String explicit = properties.apply(ZIP_PROPERTY);
		Path zip;
		if (explicit != null && !explicit.isBlank()) {
			zip = Path.of(explicit);
		}
		else {
			String localRepository = properties.apply("maven.repo.local");
			Path repository = (localRepository != null && !localRepository.isBlank()) ? Path.of(localRepository)
					: Path.of(properties.apply("user.home"), ".m2", "repository");
			zip = repository.resolve("org/elasticsearch/distribution/integ-test-zip/elasticsearch/" + VERSION
					+ "/elasticsearch-" + VERSION + ".zip");
		}
		if (!Files.isRegularFile(zip)) {
			throw new ElasticsearchStartupException(Reason.DISTRIBUTION_NOT_FOUND, "The Elasticsearch distribution "
					+ "was not found at " + zip.toAbsolutePath() + ". Run the tests through Maven (./mvnw verify), "
					+ "which resolves org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + VERSION
					+ ":zip into the local repository, or fetch it with ./mvnw dependency:get -Dartifact="
					+ "org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + VERSION + ":zip, or set -D"
					+ ZIP_PROPERTY + "=/path/to/elasticsearch-" + VERSION
					+ ".zip; or point ELASTICSEARCH_URL at a running cluster");
		}
		return zip;
	}

	static Path workDirectory(UnaryOperator<String> properties) {
		String explicit = properties.apply(HOME_PROPERTY);
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit).toAbsolutePath().normalize();
		}
		Path target = Path.of("target").toAbsolutePath();
		if (Files.isDirectory(target)) {
			return target.resolve("elasticsearch");
		}
		return Path.of(properties.apply("java.io.tmpdir"), "esdsl-elasticsearch").toAbsolutePath().normalize();
	}

	static Path javaHome(UnaryOperator<String> properties) {
		String explicit = properties.apply(JAVA_HOME_PROPERTY);
		return Path.of((explicit != null && !explicit.isBlank()) ? explicit : properties.apply("java.home"))
			.toAbsolutePath()
			.normalize();
	}

	static Path checkJava(Path javaHome) {
		String fix = "Elasticsearch " + VERSION + " needs Java 17 or newer as ES_JAVA_HOME (the integ-test-zip "
				+ "bundles no JDK); run the build with a JDK 17+ or set -D" + JAVA_HOME_PROPERTY + "=/path/to/jdk17";
		if (!Files.isExecutable(javaHome.resolve("bin").resolve("java"))) {
			throw new ElasticsearchStartupException(Reason.JAVA_TOO_OLD, "No java executable in " + javaHome + ". "
					+ fix);
		}
		int feature = javaFeatureVersion(javaHome);
		if (feature < 17) {
			throw new ElasticsearchStartupException(Reason.JAVA_TOO_OLD, "The Java at " + javaHome + " is version "
					+ feature + ". " + fix);
		}
		return javaHome;
	}

	static int javaFeatureVersion(Path javaHome) {
		if (javaHome.equals(Path.of(System.getProperty("java.home")).toAbsolutePath().normalize())) {
			return Runtime.version().feature();
		}
		try (InputStream in = Files.newInputStream(javaHome.resolve("release"))) {
			Properties release = new Properties();
			release.load(in);
			String version = release.getProperty("JAVA_VERSION", "").replace("\"", "");
			String[] parts = version.split("[._+-]");
			int feature = Integer.parseInt(parts[0]);
			return (feature == 1 && parts.length > 1) ? Integer.parseInt(parts[1]) : feature;
		}
		catch (IOException | RuntimeException ex) {
			return 17;
		}
	}

	private static synchronized Path unpackOnce(Path zip, Path work) {
		Path home = work.resolve("elasticsearch-" + VERSION);
		if (Files.exists(home.resolve(COMPLETE_MARKER))) {
			return home;
		}
		try {
			Folders.createDirectories(work);
			try (FileChannel channel = FileChannel.open(work.resolve(".unpack.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				if (Files.exists(home.resolve(COMPLETE_MARKER))) {
					return home;
				}
				Path scratch = work.resolve(".unpack-" + UUID.randomUUID());
				Folders.unpack(zip, scratch);
				Path unpacked;
				try (Stream<Path> children = Files.list(scratch)) {
					unpacked = children.filter(Files::isDirectory)
						.findFirst()
						.orElseThrow(() -> new IOException(zip + " holds no top-level folder"));
				}
				Files.writeString(unpacked.resolve(COMPLETE_MARKER), zip.toString(), StandardCharsets.UTF_8);
				Folders.deleteRecursively(home);
				moveAtomically(unpacked, home);
				Folders.deleteRecursively(scratch);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack " + zip + " into " + home + ": " + ex.getMessage(), ex);
		}
		return home;
	}

	private static void moveAtomically(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException | FileAlreadyExistsException ex) {
			Files.move(source, target);
		}
	}

	/**
	 * Run one of the distribution's command line tools as the current user and return its
	 * output.
	 */
	String runTool(Path configDirectory, String tool, List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(this.home.resolve("bin").resolve(tool).toString());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("ES_PATH_CONF", configDirectory.toString());
		builder.environment().put("ES_JAVA_HOME", this.javaHome.toString());
		builder.environment().put("CLI_JAVA_OPTS", Node.CLI_JAVA_OPTS);
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		builder.environment().remove("_JAVA_OPTIONS");
		String shown = tool + " " + String.join(" ", arguments).replaceAll("(-p|--password) \\S+", "$1 ****");
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			if (process.exitValue() != 0) {
				throw new ElasticsearchStartupException(Reason.TOOL_FAILED, "bin/" + shown + " exited with "
						+ process.exitValue() + ":\n" + LogTail.of(output));
			}
			return output;
		}
		catch (IOException ex) {
			throw new ElasticsearchStartupException(Reason.TOOL_FAILED, "Could not run bin/" + shown + ": "
					+ ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ElasticsearchStartupException(Reason.TOOL_FAILED, "Interrupted while running bin/" + shown, ex);
		}
	}

	/**
	 * Return the names of the modules this distribution ships (folders of {@code modules/}).
	 */
	Set<String> modules() {
		try (Stream<Path> modules = Files.list(this.home.resolve("modules"))) {
			return modules.map((module) -> module.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path home() {
		return this.home;
	}

	Path nodesDirectory() {
		return this.workDirectory.resolve("nodes");
	}

	Path javaHome() {
		return this.javaHome;
	}

	private static String loadVersion() {
		try (InputStream in = Distribution.class.getResourceAsStream("elasticsearch.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return System.getProperty("esdsl.elasticsearch.version", properties.getProperty("elasticsearch.version"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
