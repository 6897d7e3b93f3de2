package io.github.esdsl.index.management;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.index.Index;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index management for document classes on one connection, usable with or without Spring: reads
 * the cluster's templates and mappings first, then {@link #plan plans} (what differs),
 * {@link #validate validates} (fails on any difference), or puts templates ({@link #templates}),
 * creates missing indices ({@link #create}) and adds new fields ({@link #update}). A field defined
 * differently in an existing index fails every mode before anything is written: that change needs
 * a new index (see {@code io.github.esdsl.index.migration}). Changes nothing that is already as
 * wanted, so a second call sends no writes; never deletes or closes an index. Thread-safe.
 *
 * <pre>{@code
 * IndexManager manager = new IndexManager(connection);
 * List<Index> indices = List.of(Index.of(Post.class));
 * manager.plan(indices).forEach(System.out::println);
 * manager.update(indices);
 * }</pre>
 */
public final class IndexManager {

	private static final Logger logger = LoggerFactory.getLogger(IndexManager.class);

	/** The priority of the templates unless given: above Elasticsearch's built-in ones (100). */
	public static final int DEFAULT_TEMPLATE_PRIORITY = 150;

	/** How many indices' writes are in flight at once: lets the master batch cluster-state updates. */
	static final int MAX_WRITES_IN_FLIGHT = 8;

	private enum Mode {
		TEMPLATES, CREATE, UPDATE
	}

	private final Connection connection;

	private final String connectionName;

	private final int templatePriority;

	/**
	 * Index management on a connection, with templates of priority {@value #DEFAULT_TEMPLATE_PRIORITY}.
	 * @param connection the connection
	 */
	public IndexManager(Connection connection) {
		this(connection, "default", DEFAULT_TEMPLATE_PRIORITY);
	}

	/**
	 * Index management on a connection.
	 * @param connection the connection
	 * @param connectionName the connection's name, for the logs
	 * @param templatePriority the priority of the composable templates, zero or more
	 */
	public IndexManager(Connection connection, String connectionName, int templatePriority) {
		this.connection = Objects.requireNonNull(connection, "connection must not be null");
		this.connectionName = Objects.requireNonNull(connectionName, "connectionName must not be null");
		if (templatePriority < 0) {
			throw new IllegalArgumentException(
					"templatePriority must be zero or more, such as 150, but was " + templatePriority);
		}
		this.templatePriority = templatePriority;
	}

	/**
	 * What differs between the indices and the cluster, from one read of their templates and few
	 * reads of their indices. Writes nothing.
	 * @param indices the indices, each with a name or pattern
	 * @return one plan per index, in order
	 */
	public List<IndexPlan> plan(List<Index> indices) {
		ClusterReads reads = new ClusterReads(this.connection);
		List<String> templateNames = indices.stream().map((index) -> IndexPlan.templateName(index.name())).toList();
		Map<String, Map<String, Object>> templates = reads.templates(templateNames);
		List<Map<String, Map<String, Object>>> mappings = reads.mappings(indices.stream().map(Index::name).toList());
		List<IndexPlan> plans = new ArrayList<>();
		for (int i = 0; i < indices.size(); i++) {
			Index index = indices.get(i);
			String templateName = templateNames.get(i);
			Map<String, Object> wanted = DataStreamTemplates.apply(index,
					index.asComposableTemplate(templateName, index.name(), this.templatePriority).toMap());
			plans.add(new IndexPlan(index, templateName, wanted, templates.get(templateName), mappings.get(i)));
		}
		return plans;
	}

	/**
	 * Fails listing every difference between the indices and the cluster.
	 * @param indices the indices
	 * @throws IndexConflictException ({@link IndexConflictException#isValidation()} true) when anything differs
	 */
	public void validate(List<Index> indices) {
		List<String> differences = new ArrayList<>();
		for (IndexPlan plan : plan(indices)) {
			differences.addAll(plan.templateDifferences());
			differences.addAll(plan.conflicts());
			differences.addAll(plan.missingFieldDifferences());
		}
		if (!differences.isEmpty()) {
			throw new IndexConflictException(differences, true);
		}
	}

	/**
	 * Creates or updates a composable template per index.
	 * @param indices the indices
	 * @return how many writes were sent
	 * @throws IndexConflictException when an existing index defines a field differently
	 */
	public int templates(List<Index> indices) {
		return apply(indices, Mode.TEMPLATES);
	}

	/**
	 * Like {@link #templates}, and creates missing concrete indices.
	 * @param indices the indices
	 * @return how many writes were sent
	 * @throws IndexConflictException when an existing index defines a field differently
	 */
	public int create(List<Index> indices) {
		return apply(indices, Mode.CREATE);
	}

	/**
	 * Like {@link #create}, and adds new fields to the mappings of existing indices.
	 * @param indices the indices
	 * @return how many writes were sent
	 * @throws IndexConflictException when an existing index defines a field differently
	 */
	public int update(List<Index> indices) {
		return apply(indices, Mode.UPDATE);
	}

	private int apply(List<Index> indices, Mode mode) {
		List<IndexPlan> plans = plan(indices);
		List<String> conflicts = new ArrayList<>();
		plans.forEach((plan) -> conflicts.addAll(plan.conflicts()));
		if (!conflicts.isEmpty()) {
			throw new IndexConflictException(conflicts, false);
		}
		AtomicInteger writes = new AtomicInteger();
		Map<IndexPlan, Boolean> created = new ConcurrentHashMap<>();
		int inFlight = independent(plans) ? MAX_WRITES_IN_FLIGHT : 1;
		try {
			BoundedWrites.run(plans, inFlight, (plan) -> apply(plan, mode, writes, created));
		}
		finally {
			for (IndexPlan plan : plans) {
				if (created.getOrDefault(plan, false)) {
					logger.info("Created index '{}' (connection '{}')", plan.index.name(), this.connectionName);
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
	private CompletableFuture<?> apply(IndexPlan plan, Mode mode, AtomicInteger writes,
			Map<IndexPlan, Boolean> created) {
		CompletableFuture<?> done = CompletableFuture.completedFuture(null);
		if (!plan.templateIsCurrent()) {
			logger.info("Putting index template '{}' for index '{}' (connection '{}')", plan.templateName,
					plan.index.name(), this.connectionName);
			done = putTemplate(plan).thenRun(writes::incrementAndGet);
		}
		if (mode != Mode.TEMPLATES && isConcrete(plan.index.name()) && plan.indexMappings.isEmpty()) {
			done = done.thenCompose((ignored) -> createIfAbsent(plan.index)).thenAccept((createdNow) -> {
				if (createdNow) {
					created.put(plan, true);
					writes.incrementAndGet();
				}
			});
		}
		if (mode == Mode.UPDATE) {
			for (Map.Entry<String, Map<String, Object>> missing : plan.missingFields().entrySet()) {
				logger.info("Adding fields {} to index '{}' (connection '{}')", missing.getValue().keySet(),
						missing.getKey(), this.connectionName);
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
	 * Creates an index (or the data stream of a {@code @DataStream} document) the reads found
	 * absent; {@code false} when it appeared since (another application creating it at the same time).
	 */
	private CompletableFuture<Boolean> createIfAbsent(Index definition) {
		RawRequest create = DataStreamTemplates.isDataStream(definition)
				? RawRequest.put(RawRequest.pathOf("_data_stream", definition.name())).operation("indices.create_data_stream")
				: RawRequest.put(RawRequest.pathOf(definition.name())).body(null).operation("indices.create");
		return this.connection
			.performAsync(create)
			.handle((response, failure) -> {
				if (failure == null) {
					return true;
				}
				RuntimeException cause = BoundedWrites.unwrap(failure);
				if (cause instanceof BadRequestException bad
						&& "resource_already_exists_exception".equals(bad.errorType())) {
					return false;
				}
				if (DataStreamTemplates.isDataStream(definition) && cause instanceof ElasticsearchException missing
						&& (missing.status() == 405 || String.valueOf(missing.getMessage()).contains("no handler found"))) {
					logger.info("Elasticsearch has no create-data-stream API (no data-streams module): data stream '{}' "
							+ "(connection '{}') is created from its template by the first append", definition.name(),
							this.connectionName);
					return false;
				}
				throw cause;
			});
	}

	private CompletableFuture<?> putTemplate(IndexPlan plan) {
		return this.connection
			.performAsync(RawRequest.put(RawRequest.pathOf("_index_template", plan.templateName))
				.body(plan.wantedTemplate)
				.operation("indices.put_index_template"))
			.exceptionally((failure) -> {
				RuntimeException cause = BoundedWrites.unwrap(failure);
				if (cause instanceof BadRequestException ex && !"media_type_header_exception".equals(ex.errorType())) {
					throw new TemplateRejectedException(plan.templateName, plan.index.name(), plan.index.documents(),
							reason(ex), ex);
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

	@Override
	public String toString() {
		return "IndexManager{connection '" + this.connectionName + "', template priority " + this.templatePriority
				+ "}";
	}

}
