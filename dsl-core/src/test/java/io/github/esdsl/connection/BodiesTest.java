package io.github.esdsl.connection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.BasicHttpEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading response bodies: the announced length is a hint, the limit is a rule.
 */
class BodiesTest {

	private static final byte[] JSON = "{\"took\":1,\"hits\":[]}".getBytes(StandardCharsets.UTF_8);

	private static BasicHttpEntity entity(byte[] content, long announced) {
		return new BasicHttpEntity(new ByteArrayInputStream(content), announced, ContentType.APPLICATION_JSON);
	}

	@Test
	void aBodyOfTheAnnouncedLengthIsReadWhole() throws IOException {
		assertThat(Bodies.read(entity(JSON, JSON.length), 1000)).isEqualTo(JSON);
	}

	@Test
	void aBodyOfUnknownLengthIsReadWhole() throws IOException {
		assertThat(Bodies.read(entity(JSON, -1), 1000)).isEqualTo(JSON);
	}

	@Test
	void aBodyShorterOrLongerThanAnnouncedIsReadAsItIs() throws IOException {
		assertThat(Bodies.read(entity(JSON, JSON.length + 10), 1000)).isEqualTo(JSON);
		assertThat(Bodies.read(entity(JSON, 5), 1000)).isEqualTo(JSON);
		assertThat(Bodies.read(entity(new byte[0], 0), 1000)).isEmpty();
	}

	@Test
	void aBodyOverTheLimitIsRefusedWhetherAnnouncedOrNot() {
		assertThatExceptionOfType(Bodies.TooLarge.class).isThrownBy(() -> Bodies.read(entity(JSON, JSON.length), 10));
		assertThatExceptionOfType(Bodies.TooLarge.class).isThrownBy(() -> Bodies.read(entity(JSON, -1), 10));
		assertThatExceptionOfType(Bodies.TooLarge.class).isThrownBy(() -> Bodies.read(entity(JSON, 5), 10));
	}

}
