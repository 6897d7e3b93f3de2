package io.github.esdsl.autoconfigure.template;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.spring.SearchTemplate;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;

/**
 * Auto-configuration of one {@link SearchTemplate} per connection alias: {@code searchTemplate}
 * (primary) for the {@code default} alias, {@code <alias>SearchTemplate} qualified by its alias
 * for the others (injected by qualifier only when there is a {@code default} alias). An
 * application's own {@code SearchTemplate} replaces the template of its alias: the alias of its
 * {@code @Qualifier}, else of its bean name, else {@code default}.
 */
@AutoConfiguration(after = ElasticsearchDslAutoConfiguration.class)
@ConditionalOnClass({ Connections.class, Pageable.class })
@ConditionalOnBean(Connections.class)
public final class SearchTemplateAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@Import(SearchTemplateRegistrar.class)
	static class SearchTemplatesConfiguration {

	}

}
