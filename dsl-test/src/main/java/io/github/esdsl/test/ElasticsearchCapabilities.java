package io.github.esdsl.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * What a cluster can do, by the modules its nodes load. The embedded {@code integ-test-zip}
 * ships only core modules and x-pack security: no {@code reindex} ({@code _update_by_query},
 * {@code _delete_by_query}), no {@code lang-painless}, no {@code analysis-common}, no
 * {@code x-pack-esql}. Tests of those skip themselves with a reason:
 *
 * <pre>{@code
 * ElasticsearchCapabilities.of(endpoint).assumeFullDistribution();
 * }</pre>
 */
public final class ElasticsearchCapabilities {

	/** The modules a full distribution has and the embedded one lacks, checked in this order. */
	public static final List<String> FULL_DISTRIBUTION_MODULES = List.of("reindex", "lang-painless",
			"analysis-common", "x-pack-esql");

	private static final Pattern MODULE_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");

	private final Set<String> modules;

	private final String where;

	private ElasticsearchCapabilities(Set<String> modules, String where) {
		this.modules = Set.copyOf(modules);
		this.where = where;
	}

	/**
	 * Return the capabilities of the cluster behind {@code endpoint}: read from the
	 * distribution for a cluster this JVM started, else asked with {@code GET _nodes/plugins}.
	 * @param endpoint the cluster
	 * @return its capabilities
	 */
	public static ElasticsearchCapabilities of(ElasticsearchEndpoint endpoint) {
		Optional<Distribution> embedded = Registry.embedded(endpoint);
		if (embedded.isPresent()) {
			return new ElasticsearchCapabilities(embedded.get().modules(), "in the embedded integ-test-zip");
		}
		try {
			HttpCalls.Response response = new HttpCalls(endpoint).get("/_nodes/plugins?filter_path=nodes.*.modules.name");
			if (response.status() != 200) {
				throw new IllegalStateException("GET _nodes/plugins on " + endpoint.uri() + " answered HTTP "
						+ response.status() + ": " + response.body());
			}
			Set<String> modules = new TreeSet<>();
			Matcher matcher = MODULE_NAME.matcher(response.body());
			while (matcher.find()) {
				modules.add(matcher.group(1));
			}
			return new ElasticsearchCapabilities(modules, "on " + endpoint.uri());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not ask " + endpoint.uri() + " for its modules: " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * Return the capabilities of the embedded distribution, without starting a node.
	 * @return its capabilities
	 */
	public static ElasticsearchCapabilities embedded() {
		return new ElasticsearchCapabilities(Distribution.get().modules(), "in the embedded integ-test-zip");
	}

	/**
	 * Return the names of the modules the nodes load.
	 * @return the module names, such as {@code x-pack-security}
	 */
	public Set<String> modules() {
		return this.modules;
	}

	/**
	 * Return whether the nodes load a module.
	 * @param module the module name, such as {@code reindex}
	 * @return whether it is there
	 */
	public boolean hasModule(String module) {
		return this.modules.contains(module);
	}

	/**
	 * Return whether all {@link #FULL_DISTRIBUTION_MODULES} are there.
	 * @return whether this is a full distribution
	 */
	public boolean isFullDistribution() {
		return missing().isEmpty();
	}

	/**
	 * Abort the current test (reported as skipped) unless this is a full distribution.
	 */
	public void assumeFullDistribution() {
		missing().ifPresent((module) -> Assumptions.abort(skipReason(module)));
	}

	/**
	 * Abort the current test (reported as skipped) unless the nodes load {@code module}.
	 * @param module the module name, such as {@code reindex}
	 */
	public void assumeModule(String module) {
		Assumptions.assumeTrue(hasModule(module), () -> skipReason(module));
	}

	/**
	 * Return why a test needing a full distribution cannot run here, such as
	 * {@code needs a full Elasticsearch distribution (reindex module missing in the embedded integ-test-zip)}.
	 * @return the reason, or empty when it can run
	 */
	public Optional<String> fullDistributionMissing() {
		return missing().map(this::skipReason);
	}

	private Optional<String> missing() {
		return FULL_DISTRIBUTION_MODULES.stream().filter((module) -> !hasModule(module)).findFirst();
	}

	private String skipReason(String module) {
		return "needs a full Elasticsearch distribution (" + module + " module missing " + this.where + ")";
	}

	@Override
	public String toString() {
		return "ElasticsearchCapabilities" + this.modules;
	}

}
