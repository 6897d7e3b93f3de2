package io.github.esdsl.autoconfigure.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.esdsl.autoconfigure.ElasticsearchDslProperties.IndexManagement;
import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionException;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;
import io.github.esdsl.index.Index;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Index management for the documents of one connection alias: reads the cluster's templates and
 * mappings first, fails on conflicts (or, in {@code validate} mode, on any difference), then
 * puts templates, creates indices and adds fields as the mode asks. Changes nothing that is
 * already as wanted, so a second start sends no writes; never deletes or closes an index.
 */
final class DocumentIndexManager {

	private static final Log logger = LogFactory.getLog(DocumentIndexManager.class);

	/** How many indices' writes are in flight at once: lets the master batch cluster-state updates. */
	static final int MAX_WRITES_IN_FLIGHT = 8;

	private final String alias;

	private final Connection connection;

	private final IndexManagement mode;

	private final int priority;

	DocumentIndexManager(String alias, Connection connection, IndexManagement mode, int priority) {
		this.alias = alias;
		this.connection = connection;
		this.mode = mode;
		this.priority = priority;
	}

	/**
	 * Manages the indices of this alias's documents.
	 * @param indices the indices, each with a name or pattern
	 * @return how many writes were sent
	 */
	int manage(List<Index> indices) {
		try {
			checkCompatibility();
			List<IndexPlan> plans = plans(indices);
			if (this.mode == IndexManagement.VALIDATE) {
				validate(plans);
				return 0;
			}
			List<String> conflicts = new ArrayList<>();
			plans.forEach((plan) -> conflicts.addAll(plan.conflicts()));
			if (!conflicts.isEmpty()) {
				throw new IndexMappingConflictException(conflicts, false);
			}
			return apply(plans);
		}
		catch (ConnectionException ex) {
			throw new ClusterUnavailableException(this.alias, this.connection.settings().hosts(),
					this.mode.name().toLowerCase(java.util.Locale.ROOT), ex);
		}
		catch (BadRequestException ex) {
			if (isMediaTypeError(ex)) {
				throw incompatible(null, ex);
			}
			throw ex;
		}
	}

	private void validate(List<IndexPlan> plans) {
		List<String> differences = new ArrayList<>();
		for (IndexPlan plan : plans) {
			differences.addAll(plan.templateDifferences());
			differences.addAll(plan.conflicts());
			differences.addAll(plan.missingFieldDifferences());
		}
		if (!differences.isEmpty()) {
			throw new IndexMappingConflictException(differences, true);
		}
	}

	/**
	 * Sends the writes the plans need, the plans' writes in order (template, index, fields) and
	 * several plans at once; logs what changed in plan order.
	 */
	private int apply(List<IndexPlan> plans) {
		AtomicInteger writes = new AtomicInteger();
		Map<IndexPlan, Boolean> created = new ConcurrentHashMap<>();
		int inFlight = independent(plans) ? MAX_WRITES_IN_FLIGHT : 1;
		try {
			BoundedWrites.run(plans, inFlight, (plan) -> apply(plan, writes, created));
		}
		finally {
			for (IndexPlan plan : plans) {
				if (created.getOrDefault(plan, false)) {
					logger.info("Created index '" + plan.index.name() + "' (connection '" + this.alias + "')");
				}
			}
		}
		return writes.get();
	}

	/**
	 * Whether the plans' writes cannot meet: concrete index names (so their templates' patterns
	 * cannot overlap, and which template Elasticsearch rejects for overlapping does not depend on
	 * timing), templates of their own, and no existing index in two plans. Otherwise the writes go
	 * one plan after the other, as the plans are ordered.
	 */
	private static boolean independent(List<IndexPlan> plans) {
		Set<String> templates = new HashSet<>();
		Set<String> indices = new HashSet<>();
		for (IndexPlan plan : plans) {
			if (!isConcrete(plan.index.name()) || !templates.add(plan.templateName)) {
				return false;
			}
			for (String index : plan.indexMappings.keySet()) {
				if (!indices.add(index)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean isConcrete(String name) {
		return !name.contains("*") && !name.contains("?");
	}

	/** Starts the writes of one plan: its template, then its index, then the fields its indices lack. */
	private CompletableFuture<?> apply(IndexPlan plan, AtomicInteger writes, Map<IndexPlan, Boolean> created) {
		CompletableFuture<?> done = CompletableFuture.completedFuture(null);
		if (!plan.templateIsCurrent()) {
			logger.info("Putting index template '" + plan.templateName + "' for index '" + plan.index.name()
					+ "' (connection '" + this.alias + "')");
			done = putTemplate(plan).thenRun(writes::incrementAndGet);
		}
		if ((this.mode == IndexManagement.CREATE || this.mode == IndexManagement.UPDATE) && isConcrete(plan.index.name())
				&& plan.indexMappings.isEmpty()) {
			done = done.thenCompose((ignored) -> createIfAbsent(plan.index.name())).thenAccept((createdNow) -> {
				if (createdNow) {
					created.put(plan, true);
					writes.incrementAndGet();
				}
			});
		}
		if (this.mode == IndexManagement.UPDATE) {
			for (Map.Entry<String, Map<String, Object>> missing : plan.missingFields().entrySet()) {
				logger.info("Adding fields " + missing.getValue().keySet() + " to index '" + missing.getKey()
						+ "' (connection '" + this.alias + "')");
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("properties", plan.wantedMapping().getOrDefault("properties", Map.of()));
				RawRequest request = RawRequest.put(RawRequest.pathOf(missing.getKey(), "_mapping"))
					.body(body)
					.operation("indices.put_mapping");
				done = done.thenCompose((ignored) -> this.connection.performAsync(request))
					.thenRun(writes::incrementAndGet);
			}
		}
		return done;
	}

	/**
	 * Creates an index the reads found absent; {@code false} when it appeared since (another
	 * application creating it at the same time).
	 */
	private CompletableFuture<Boolean> createIfAbsent(String index) {
		return this.connection
			.performAsync(RawRequest.put(RawRequest.pathOf(index)).body(null).operation("indices.create"))
			.handle((response, failure) -> {
				if (failure == null) {
					return true;
				}
				RuntimeException cause = BoundedWrites.unwrap(failure);
				if (cause instanceof BadRequestException bad
						&& "resource_already_exists_exception".equals(bad.errorType())) {
					return false;
				}
				throw cause;
			});
	}

	private CompletableFuture<RawResponse> putTemplate(IndexPlan plan) {
		return this.connection
			.performAsync(RawRequest.put(RawRequest.pathOf("_index_template", plan.templateName))
				.body(plan.wantedTemplate)
				.operation("indices.put_index_template"))
			.exceptionally((failure) -> {
				RuntimeException cause = BoundedWrites.unwrap(failure);
				if (cause instanceof BadRequestException ex && !isMediaTypeError(ex)) {
					throw new InvalidDocumentException(plan.index.documents(), plan.index.name(),
							"Elasticsearch of connection '" + this.alias + "' rejected index template '"
									+ plan.templateName + "': " + reason(ex),
							ex);
				}
				throw cause;
			});
	}

	/** The reason and, when Elasticsearch gives causes, the innermost one's (it names the field). */
	private static String reason(BadRequestException ex) {
		Object innermost = null;
		Map<?, ?> error = ex.error();
		for (int depth = 0; depth < 10 && error.get("caused_by") instanceof Map<?, ?> cause; depth++) {
			innermost = (cause.get("reason") != null) ? cause.get("reason") : innermost;
			error = cause;
		}
		return (innermost != null) ? ex.reason() + " (" + innermost + ")" : ex.reason();
	}

	/** The plans of the indices, from one read of their templates and few reads of their indices. */
	private List<IndexPlan> plans(List<Index> indices) {
		ClusterReads reads = new ClusterReads(this.connection);
		List<String> templateNames = indices.stream().map((index) -> IndexPlan.templateName(index.name())).toList();
		Map<String, Map<String, Object>> templates = reads.templates(templateNames);
		List<Map<String, Map<String, Object>>> mappings = reads.mappings(indices.stream().map(Index::name).toList());
		List<IndexPlan> plans = new ArrayList<>();
		for (int i = 0; i < indices.size(); i++) {
			Index index = indices.get(i);
			String templateName = templateNames.get(i);
			Map<String, Object> wanted = index.asComposableTemplate(templateName, index.name(), this.priority).toMap();
			plans.add(new IndexPlan(index, templateName, wanted, templates.get(templateName), mappings.get(i)));
		}
		return plans;
	}

	private void checkCompatibility() {
		Integer wanted = this.connection.settings().compatibility();
		String version;
		try {
			version = serverVersion();
		}
		catch (BadRequestException ex) {
			if (isMediaTypeError(ex)) {
				throw incompatible(null, ex);
			}
			return;
		}
		catch (ElasticsearchException ex) {
			return;
		}
		if (version != null && wanted != null && major(version) < wanted) {
			throw incompatible(version, null);
		}
	}

	private String serverVersion() {
		return serverVersion(this.connection);
	}

	/**
	 * The server's version from {@code GET /}, or from {@code GET _nodes/_local} where {@code GET /}
	 * is not allowed (as in the integration-test distribution).
	 * @param connection the connection
	 * @return the version, or {@code null} when neither says
	 */
	@SuppressWarnings("unchecked")
	static String serverVersion(Connection connection) {
		try {
			Map<String, Object> info = connection.perform(RawRequest.get("/").operation("info")).bodyAsMap();
			if (info.get("version") instanceof Map<?, ?> version && version.get("number") != null) {
				return version.get("number").toString();
			}
		}
		catch (ElasticsearchException ex) {
			if (ex instanceof BadRequestException && isMediaTypeError((BadRequestException) ex)) {
				throw ex;
			}
		}
		Map<String, Object> nodes = connection
			.perform(RawRequest.get("/_nodes/_local").param("filter_path", "nodes.*.version").operation("nodes.info"))
			.bodyAsMap();
		if (nodes.get("nodes") instanceof Map<?, ?> byId) {
			for (Object node : byId.values()) {
				if (node instanceof Map<?, ?> info && info.get("version") != null) {
					return info.get("version").toString();
				}
			}
		}
		return null;
	}

	/**
	 * The server's version asked for on a short-lived copy of the connection that sends
	 * {@code compatible-with=8}, so that an 8.x server refusing {@code compatible-with=9} still
	 * answers; {@code null} when it cannot be had.
	 */
	private static String olderServerVersion(Connection connection) {
		Integer compatibility = connection.settings().compatibility();
		if (compatibility == null || compatibility <= 8) {
			return null;
		}
		try (Connection older = Connection.create(connection.settings().toBuilder().compatibility(8).build())) {
			return serverVersion(older);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static int major(String version) {
		int dot = version.indexOf('.');
		try {
			return Integer.parseInt((dot > 0) ? version.substring(0, dot) : version);
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

	private static boolean isMediaTypeError(BadRequestException ex) {
		return "media_type_header_exception".equals(ex.errorType());
	}

	private IncompatibleClusterException incompatible(String version, BadRequestException cause) {
		if (version == null) {
			version = olderServerVersion(this.connection);
		}
		Integer compatibility = this.connection.settings().compatibility();
		String detail = (cause != null) ? cause.reason()
				: "set compatibility to " + major(version) + " or leave it unset";
		return new IncompatibleClusterException(this.alias, version, compatibility, detail, cause);
	}

}
