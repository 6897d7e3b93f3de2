package io.github.esdsl.autoconfigure.observation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.github.esdsl.autoconfigure.ConnectionSettingsCustomizer;
import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.health.FakeCluster;
import io.github.esdsl.observation.DefaultElasticsearchDslObservationConvention;
import io.github.esdsl.observation.ElasticsearchDslObservationContext;
import io.github.esdsl.observation.ElasticsearchDslObservationConvention;
import io.github.esdsl.observation.ElasticsearchDslObservationDocumentation;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchDslObservationAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslObservationAutoConfiguration.class,
				ElasticsearchDslAutoConfiguration.class));

	@Test
	void everyRequestIsObservedWithAliasAndOperation() throws Exception {
		List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = recording(stopped);
		try (FakeCluster cluster = new FakeCluster()) {
			cluster.answer(200, "{\"status\":\"green\"}");
			this.contextRunner.withBean(ObservationRegistry.class, () -> registry)
				.withPropertyValues("elasticsearch.dsl.connections.analytics.hosts=" + cluster.url())
				.run((context) -> {
					context.getBean(Connections.class).get("analytics").client().clusterHealth();
					assertThat(stopped).hasSize(1);
					Observation.Context observed = stopped.get(0);
					assertThat(observed.getName()).isEqualTo("elasticsearch.dsl.request");
					assertThat(observed.getLowCardinalityKeyValues()).contains(
							KeyValue.of("elasticsearch.alias", "analytics"),
							KeyValue.of("elasticsearch.operation", "cluster.health"), KeyValue.of("outcome", "SUCCESS"),
							KeyValue.of("http.status", "200"));
					assertThat(observed.getHighCardinalityKeyValues())
						.contains(KeyValue.of("http.path", "/_cluster/health"));
				});
		}
	}

	@Test
	void usersConventionBeanNamesTheObservationAndItsKeyValues() throws Exception {
		List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = recording(stopped);
		ElasticsearchDslObservationConvention teamConvention = new DefaultElasticsearchDslObservationConvention() {

			@Override
			public String getName() {
				return "search.backend";
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(ElasticsearchDslObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and("team", "catalog");
			}

		};
		try (FakeCluster cluster = new FakeCluster()) {
			cluster.answer(200, "{\"status\":\"green\"}");
			this.contextRunner.withBean(ObservationRegistry.class, () -> registry)
				.withBean(ElasticsearchDslObservationConvention.class, () -> teamConvention)
				.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + cluster.url())
				.run((context) -> {
					context.getBean(Connections.class).get().client().clusterHealth();
					assertThat(stopped).hasSize(1);
					Observation.Context observed = stopped.get(0);
					assertThat(observed).isInstanceOf(ElasticsearchDslObservationContext.class);
					assertThat(observed.getName()).isEqualTo("search.backend");
					assertThat(observed.getContextualName()).isEqualTo("elasticsearch cluster.health");
					assertThat(observed.getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
							KeyValue.of("elasticsearch.alias", "default"),
							KeyValue.of("elasticsearch.operation", "cluster.health"), KeyValue.of("outcome", "SUCCESS"),
							KeyValue.of("http.status", "200"), KeyValue.of("team", "catalog"));
				});
		}
	}

	@Test
	void documentationListsTheDefaultConventionAndEveryKeyName() {
		assertThat(ElasticsearchDslObservationDocumentation.REQUEST.getDefaultConvention())
			.isEqualTo(DefaultElasticsearchDslObservationConvention.class);
		assertThat(Stream.of(ElasticsearchDslObservationDocumentation.REQUEST.getLowCardinalityKeyNames())
			.map(KeyName::asString)).containsExactly("elasticsearch.alias", "elasticsearch.operation", "outcome",
					"http.status");
		assertThat(Stream.of(ElasticsearchDslObservationDocumentation.REQUEST.getHighCardinalityKeyNames())
			.map(KeyName::asString)).containsExactly("http.method", "http.path");
	}

	@Test
	void noCustomizerWithoutObservationRegistry() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(ConnectionSettingsCustomizer.class);
			assertThat(context.getBean(Connections.class).get().settings().listeners()).isEmpty();
		});
	}

	@Test
	void noCustomizerWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ConnectionSettingsCustomizer.class));
	}

	@Test
	void configureWhenCustomObservationCustomizerShouldBackOff() {
		ConnectionSettingsCustomizer custom = (alias, builder) -> {
		};
		this.contextRunner.withBean(ObservationRegistry.class, ObservationRegistry::create)
			.withBean("elasticsearchDslObservationCustomizer", ConnectionSettingsCustomizer.class, () -> custom)
			.run((context) -> {
				assertThat(context.getBean("elasticsearchDslObservationCustomizer")).isSameAs(custom);
				assertThat(context.getBean(Connections.class).get().settings().listeners()).isEmpty();
			});
	}

	/** A registry that adds every stopped observation's context to a list. */
	private static ObservationRegistry recording(List<Observation.Context> stopped) {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}

		});
		return registry;
	}

}
