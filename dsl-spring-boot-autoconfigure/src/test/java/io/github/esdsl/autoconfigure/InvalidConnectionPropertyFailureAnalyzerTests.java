package io.github.esdsl.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidConnectionPropertyFailureAnalyzerTests {

	private final InvalidConnectionPropertyFailureAnalyzer analyzer = new InvalidConnectionPropertyFailureAnalyzer();

	@Test
	void malformedHostNamesPropertyAndValue() {
		InvalidConnectionPropertyException ex = new InvalidConnectionPropertyException(
				"elasticsearch.dsl.connections.logs.hosts", "[htp://bad host]", "Invalid host 'htp://bad host'", null);
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("wrapper", ex));
		assertThat(analysis.getDescription()).isEqualTo("The value '[htp://bad host]' of property "
				+ "'elasticsearch.dsl.connections.logs.hosts' is invalid: Invalid host 'htp://bad host'");
		assertThat(analysis.getAction()).isEqualTo("Update 'elasticsearch.dsl.connections.logs.hosts' to URIs such as "
				+ "http://localhost:9200 or https://es1.example.com:9200.");
	}

	@Test
	void secretValueIsLeftOut() {
		InvalidConnectionPropertyException ex = new InvalidConnectionPropertyException(
				"elasticsearch.dsl.connections.default.api-key", null, "apiKey must not be empty", null);
		FailureAnalysis analysis = this.analyzer.analyze(ex);
		assertThat(analysis.getDescription()).isEqualTo("The value of property "
				+ "'elasticsearch.dsl.connections.default.api-key' is invalid: apiKey must not be empty");
		assertThat(analysis.getAction()).isEqualTo("Update 'elasticsearch.dsl.connections.default.api-key' to a valid value.");
	}

	@Test
	void analyzerIsRegistered() throws Exception {
		String factories = new String(getClass().getResourceAsStream("/META-INF/spring.factories").readAllBytes());
		assertThat(factories).contains(InvalidConnectionPropertyFailureAnalyzer.class.getName());
	}

}
