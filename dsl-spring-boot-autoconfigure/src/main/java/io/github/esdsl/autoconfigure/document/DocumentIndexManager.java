package io.github.esdsl.autoconfigure.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
			List<IndexPlan> plans = new ArrayList<>();
			for (Index index : indices) {
				plans.add(plan(index));
			}
			if (this.mode == IndexManagement.VALIDATE) {
				validate(plans);
				return 0;
			}
			List<String> conflicts = new ArrayList<>();
			plans.forEach((plan) -> conflicts.addAll(plan.conflicts()));
			if (!conflicts.isEmpty()) {
				throw new IndexMappingConflictException(conflicts, false);
			}
			int writes = 0;
			for (IndexPlan plan : plans) {
				writes += apply(plan);
			}
			return writes;
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

	private int apply(IndexPlan plan) {
		int writes = 0;
		if (!plan.templateIsCurrent()) {
			logger.info("Putting index template '" + plan.templateName + "' for index '" + plan.index.name()
					+ "' (connection '" + this.alias + "')");
			putTemplate(plan);
			writes++;
		}
		boolean concrete = !plan.index.name().contains("*") && !plan.index.name().contains("?");
		if ((this.mode == IndexManagement.CREATE || this.mode == IndexManagement.UPDATE) && concrete
				&& plan.indexMappings.isEmpty()) {
			if (this.connection.client().indices().createIfAbsent(plan.index.name(), null)) {
				logger.info("Created index '" + plan.index.name() + "' (connection '" + this.alias + "')");
				writes++;
			}
		}
		if (this.mode == IndexManagement.UPDATE) {
			for (Map.Entry<String, Map<String, Object>> missing : plan.missingFields().entrySet()) {
				logger.info("Adding fields " + missing.getValue().keySet() + " to index '" + missing.getKey()
						+ "' (connection '" + this.alias + "')");
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("properties", plan.wantedMapping().getOrDefault("properties", Map.of()));
				this.connection.perform(RawRequest.put(RawRequest.pathOf(missing.getKey(), "_mapping"))
					.body(body)
					.operation("indices.put_mapping"));
				writes++;
			}
		}
		return writes;
	}

	private void putTemplate(IndexPlan plan) {
		try {
			this.connection.perform(RawRequest.put(RawRequest.pathOf("_index_template", plan.templateName))
				.body(plan.wantedTemplate)
				.operation("indices.put_index_template"));
		}
		catch (BadRequestException ex) {
			if (isMediaTypeError(ex)) {
				throw ex;
			}
			throw new InvalidDocumentException(plan.index.documents(), plan.index.name(), "Elasticsearch of connection '"
					+ this.alias + "' rejected index template '" + plan.templateName + "': " + reason(ex), ex);
		}
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

	@SuppressWarnings("unchecked")
	private IndexPlan plan(Index index) {
		String templateName = IndexPlan.templateName(index.name());
		Map<String, Object> wanted = index.asComposableTemplate(templateName, index.name(), this.priority).toMap();
		Map<String, Object> found = null;
		RawResponse response = this.connection.perform(RawRequest.get(RawRequest.pathOf("_index_template", templateName))
			.ignore(404)
			.operation("indices.get_index_template"));
		if (response.status() == 200 && response.bodyAsMap().get("index_templates") instanceof List<?> templates
				&& !templates.isEmpty() && templates.get(0) instanceof Map<?, ?> first
				&& first.get("index_template") instanceof Map<?, ?> template) {
			found = (Map<String, Object>) template;
		}
		Map<String, Map<String, Object>> mappings = new LinkedHashMap<>();
		RawResponse mappingResponse = this.connection.perform(RawRequest.get(RawRequest.pathOf(index.name(), "_mapping"))
			.ignore(404)
			.operation("indices.get_mapping"));
		if (mappingResponse.status() == 200) {
			mappingResponse.bodyAsMap().forEach((name, value) -> {
				if (value instanceof Map<?, ?> body && body.get("mappings") instanceof Map<?, ?> mapping) {
					mappings.put(name, (Map<String, Object>) mapping);
				}
			});
		}
		return new IndexPlan(index, templateName, wanted, found, mappings);
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
		Integer compatibility = this.connection.settings().compatibility();
		String detail = (cause != null) ? cause.reason()
				: "set compatibility to " + major(version) + " or leave it unset";
		return new IncompatibleClusterException(this.alias, version, compatibility, detail, cause);
	}

}
