package io.github.esdsl.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCallsTest {

	private final HttpCalls.Response health = new HttpCalls.Response(200,
			"{\"cluster_name\":\"a \\\"b\\\"\",\"status\":\"green\",\"timed_out\":false,\"number_of_nodes\":3}");

	@Test
	void valueReadsTheFirstScalarOfAField() {
		assertThat(this.health.value("status")).contains("green");
		assertThat(this.health.value("timed_out")).contains("false");
		assertThat(this.health.value("number_of_nodes")).contains("3");
		assertThat(this.health.value("cluster_name")).contains("a \\\"b\\\"");
	}

	@Test
	void valueOfAMissingFieldIsEmpty() {
		assertThat(this.health.value("active_shards")).isEmpty();
	}

}
