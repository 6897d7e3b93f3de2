package io.github.esdsl.test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an {@link ElasticsearchCluster.Builder} collected. Mutable, copied on start.
 */
final class Options {

	static final String STARTUP_TIMEOUT_PROPERTY = "esdsl.elasticsearch.startup-timeout";

	static final String HEAP_PROPERTY = "esdsl.elasticsearch.heap";

	static final String JAVA_OPTIONS_PROPERTY = "esdsl.elasticsearch.java-options";

	/** C1 only: a node starts with half the CPU, which matters on small, busy machines. */
	static final String DEFAULT_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1";

	int nodes = 1;

	boolean secured;

	String username = "esdsl";

	String password;

	Path directory;

	String clusterName;

	int httpPort;

	Duration startupTimeout = startupTimeout(System.getProperty(STARTUP_TIMEOUT_PROPERTY));

	String heap = System.getProperty(HEAP_PROPERTY, "512m");

	String javaOptions = System.getProperty(JAVA_OPTIONS_PROPERTY, DEFAULT_JAVA_OPTIONS);

	final Map<String, String> settings = new LinkedHashMap<>();

	Options copy() {
		Options copy = new Options();
		copy.nodes = this.nodes;
		copy.secured = this.secured;
		copy.username = this.username;
		copy.password = this.password;
		copy.directory = this.directory;
		copy.clusterName = this.clusterName;
		copy.httpPort = this.httpPort;
		copy.startupTimeout = this.startupTimeout;
		copy.heap = this.heap;
		copy.javaOptions = this.javaOptions;
		copy.settings.putAll(this.settings);
		return copy;
	}

	/**
	 * Parse a timeout given as seconds ({@code 180}) or as an ISO-8601 duration ({@code PT3M}).
	 */
	static Duration startupTimeout(String value) {
		if (value == null || value.isBlank()) {
			return Duration.ofSeconds(120);
		}
		try {
			return value.trim().matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value.trim()))
					: Duration.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("-D" + STARTUP_TIMEOUT_PROPERTY + "=" + value
					+ " is not a number of seconds (180) or an ISO-8601 duration (PT3M)", ex);
		}
	}

}
