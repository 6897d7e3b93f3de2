package io.github.esdsl.persistence;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counting the items of an error-free bulk response by a scan of its bytes.
 */
class BulkResponsesTest {

	private static int count(String json) {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		return BulkResponses.countObjects(bytes, json.indexOf('['));
	}

	@Test
	void countsTheObjectsOfTheArrayIgnoringBracesInStringsAndNestedValues() {
		assertThat(count("{\"items\":[{\"index\":{\"_id\":\"a}]{\\\"\",\"n\":[1,{}]}}, {\"index\":{\"_id\":\"é\"}}]"
				+ ",\"x\":[{}]}")).isEqualTo(2);
	}

	@Test
	void countsAnEmptyArrayAsNone() {
		assertThat(count("{\"items\":[ ]}")).isZero();
	}

	@Test
	void givesUpOnAnElementThatIsNoObjectOrAnArrayThatDoesNotEnd() {
		assertThat(count("{\"items\":[{},1]}")).isEqualTo(-1);
		assertThat(count("{\"items\":[{},\"a\"]}")).isEqualTo(-1);
		assertThat(count("{\"items\":[{},[]]}")).isEqualTo(-1);
		assertThat(count("{\"items\":[{\"a\":\"}")).isEqualTo(-1);
		assertThat(count("{\"items\":[{}")).isEqualTo(-1);
		assertThat(BulkResponses.countObjects("{}".getBytes(StandardCharsets.UTF_8), 0)).isEqualTo(-1);
	}

}
