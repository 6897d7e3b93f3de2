package io.github.esdsl.autoconfigure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spring Boot's {@code ElasticsearchConnectionDetails} beans seen as esdsl connection details.
 * An interface free of Spring Boot's Elasticsearch types, so that the auto-configuration loads
 * without the {@code spring-boot-elasticsearch} module.
 */
interface ConnectionDetailsSource {

	/**
	 * The details from beans other than Spring Boot's own {@code spring.elasticsearch.*}
	 * properties: a bean named like one of the configured aliases is for that alias, any other
	 * for {@code default}.
	 * @param aliases the aliases configured under {@code elasticsearch.dsl.connections}
	 * @return the details, at most one per alias
	 */
	List<ElasticsearchDslConnectionDetails> connectionDetails(Set<String> aliases);

	/**
	 * The details Spring Boot built from its {@code spring.elasticsearch.*} properties, used
	 * only when esdsl has no connection configured at all.
	 * @return the details, if Spring Boot built them
	 */
	Optional<ElasticsearchDslConnectionDetails> springElasticsearchProperties();

}
