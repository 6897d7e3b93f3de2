package io.github.esdsl.autoconfigure.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.esdsl.autoconfigure.ElasticsearchDslProperties;
import io.github.esdsl.autoconfigure.ElasticsearchDslProperties.IndexManagement;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.document.DocumentMetadata;
import io.github.esdsl.index.Index;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Applies {@code elasticsearch.dsl.index-management} to the document classes when the
 * application starts: checks that each class's {@code @Document(using = ...)} alias is
 * configured, then validates or creates templates and indices on the alias's cluster. With
 * {@code elasticsearch.dsl.startup.fail-fast=false} an unreachable cluster is logged instead of
 * failing startup.
 */
public final class DocumentIndexInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(DocumentIndexInitializer.class);

	private final Connections connections;

	private final ElasticsearchDslProperties properties;

	private final List<Class<?>> documentClasses;

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
			DocumentMetadata<?> metadata = DocumentMetadata.of(type);
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
		IndexManagement mode = this.properties.getIndexManagement();
		if (mode == IndexManagement.NONE) {
			return;
		}
		byAlias.forEach((alias, byIndex) -> manage(alias, byIndex, mode));
	}

	private void manage(String alias, Map<String, List<Class<?>>> byIndex, IndexManagement mode) {
		List<Index> indices = new ArrayList<>();
		byIndex.forEach((name, types) -> {
			Index index = Index.of(types.get(0));
			for (Class<?> type : types.subList(1, types.size())) {
				index = index.document(type);
			}
			indices.add(index);
		});
		DocumentIndexManager manager = new DocumentIndexManager(alias, this.connections.get(alias), mode,
				this.properties.getTemplates().getPriority());
		try {
			int writes = manager.manage(indices);
			logger.debug("Index management '" + mode + "' of connection '" + alias + "': " + indices.size()
					+ " indices, " + writes + " writes");
		}
		catch (ClusterUnavailableException ex) {
			if (this.properties.getStartup().isFailFast()) {
				throw ex;
			}
			logger.warn(ex.getMessage() + "; continuing because elasticsearch.dsl.startup.fail-fast is false");
		}
	}

}
