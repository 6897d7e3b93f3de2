package io.github.esdsl.test.spring;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * Bootstraps {@link ElasticsearchDslTest}: reads its {@code properties}.
 */
class ElasticsearchDslTestContextBootstrapper extends TestSliceTestContextBootstrapper<ElasticsearchDslTest> {

}
