package io.github.esdsl.autoconfigure.migration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates every document class when the application starts, only with
 * {@code elasticsearch.dsl.migrations.on-startup=true}: a failure fails startup. Set
 * {@code elasticsearch.dsl.index-management} to {@code none} or {@code templates} then, so that
 * startup does not create a concrete index where the migration wants its alias.
 */
final class MigrationsOnStartup implements InitializingBean {

	private static final Log logger = LogFactory.getLog(MigrationsOnStartup.class);

	private final DocumentMigrations migrations;

	MigrationsOnStartup(DocumentMigrations migrations) {
		this.migrations = migrations;
	}

	@Override
	public void afterPropertiesSet() {
		for (Class<?> type : this.migrations.getDocumentClasses()) {
			logger.info("Migrating " + type.getName() + " at startup (elasticsearch.dsl.migrations.on-startup=true): "
					+ this.migrations.migrate(type).outcome());
		}
	}

}
