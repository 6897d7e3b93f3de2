package io.github.esdsl.autoconfigure.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.esdsl.autoconfigure.ElasticsearchDslProperties;
import io.github.esdsl.autoconfigure.ElasticsearchDslProperties.IndexManagement;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.document.DocumentMetadata;
import io.github.esdsl.index.Index;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies {@code elasticsearch.dsl.index-management} to the document classes when the
 * application starts: checks that each class's {@code @Document(using = ...)} alias is
 * configured, then validates or creates templates and indices on the alias's cluster. With
 * {@code elasticsearch.dsl.startup.fail-fast=false} an unreachable cluster is logged instead of
 * failing startup, and index management is retried in the background until the cluster answers
 * ({@code elasticsearch.dsl.startup.retry-interval}, doubled up to {@code max-retry-interval}).
 * Document classes are checked (annotations, classes sharing an index) whatever the mode.
 */
public final class DocumentIndexInitializer implements InitializingBean, DisposableBean {

	private static final Log logger = LogFactory.getLog(DocumentIndexInitializer.class);

	private final Connections connections;

	private final ElasticsearchDslProperties properties;

	private final List<Class<?>> documentClasses;

	private IndexManagementRetry retry;

	/**
	 * Creates an initializer.
	 * @param connections the connections by alias
	 * @param properties the properties (mode, template priority, fail-fast)
	 * @param documentClasses the document classes to manage
	 */
	public DocumentIndexInitializer(Connections connections, ElasticsearchDslProperties properties,
			Collection<Class<?>> documentClasses) {
		this.connections = connections;
		this.properties = properties;
		this.documentClasses = List.copyOf(documentClasses);
	}

	/** @return the document classes this initializer manages */
	public List<Class<?>> getDocumentClasses() {
		return this.documentClasses;
	}

	@Override
	public void afterPropertiesSet() {
		Map<String, Map<String, List<Class<?>>>> byAlias = new LinkedHashMap<>();
		Set<String> aliases = this.connections.aliases();
		for (Class<?> type : this.documentClasses) {
			DocumentMetadata<?> metadata = metadata(type);
			if (!aliases.contains(metadata.using())) {
				throw new UnknownDocumentAliasException(type, metadata.using(), aliases);
			}
			if (metadata.index().isEmpty()) {
				logger.debug("Document " + type.getName() + " names no index; index management leaves it alone");
				continue;
			}
			byAlias.computeIfAbsent(metadata.using(), (key) -> new LinkedHashMap<>())
				.computeIfAbsent(metadata.index().get(), (key) -> new ArrayList<>())
				.add(type);
		}
		Map<String, List<Index>> indicesByAlias = new LinkedHashMap<>();
		byAlias.forEach((alias, byIndex) -> indicesByAlias.put(alias, indices(byIndex)));
		IndexManagement mode = this.properties.getIndexManagement();
		if (mode == IndexManagement.NONE) {
			return;
		}
		indicesByAlias.forEach((alias, indices) -> manage(alias, indices, mode));
	}

	private static DocumentMetadata<?> metadata(Class<?> type) {
		try {
			return DocumentMetadata.of(type);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new InvalidDocumentException(List.of(type), null, ex.getMessage(), ex);
		}
	}

	/**
	 * The indices of one alias, each with the merged mapping of its document classes; checked
	 * here, before the cluster is contacted and whatever the mode.
	 */
	private static List<Index> indices(Map<String, List<Class<?>>> byIndex) {
		List<Index> indices = new ArrayList<>();
		byIndex.forEach((name, types) -> {
			Index index = null;
			for (int i = 0; i < types.size(); i++) {
				try {
					index = (index != null) ? index.document(types.get(i)) : Index.of(types.get(i));
				}
				catch (IllegalArgumentException | IllegalStateException ex) {
					throw new InvalidDocumentException(types.subList(0, i + 1), name, ex.getMessage(), ex);
				}
			}
			indices.add(index);
		});
		return indices;
	}

	private void manage(String alias, List<Index> indices, IndexManagement mode) {
		DocumentIndexManager manager = new DocumentIndexManager(alias, this.connections.get(alias), mode,
				this.properties.getTemplates().getPriority());
		String name = mode.name().toLowerCase(Locale.ROOT);
		try {
			int writes = manager.manage(indices);
			logger.debug("Index management '" + name + "' of connection '" + alias + "': " + indices.size()
					+ " indices, " + writes + " writes");
		}
		catch (ClusterUnavailableException ex) {
			if (this.properties.getStartup().isFailFast()) {
				throw ex;
			}
			logger.warn(ex.getMessage() + "; continuing because elasticsearch.dsl.startup.fail-fast is false");
			retry().retry(alias, name, () -> manager.manage(indices));
		}
	}

	private synchronized IndexManagementRetry retry() {
		if (this.retry == null) {
			this.retry = new IndexManagementRetry(this.properties.getStartup().getRetryInterval(),
					this.properties.getStartup().getMaxRetryInterval());
		}
		return this.retry;
	}

	/**
	 * Stops retrying index management.
	 */
	@Override
	public synchronized void destroy() {
		if (this.retry != null) {
			this.retry.close();
		}
	}

}
