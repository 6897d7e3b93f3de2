package io.github.esdsl.connection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The {@link Connections} registry.
 */
class ConnectionsTest {

	@Test
	void createWithoutAliasRegistersDefault() {
		try (Connections connections = new Connections()) {
			Connection connection = connections.create(ConnectionSettings.of("http://localhost:9200"));
			assertThat(connections.get()).isSameAs(connection);
			assertThat(connections.get("default")).isSameAs(connection);
			assertThat(connections.get(null)).isSameAs(connection);
			assertThat(connections.aliases()).containsExactly("default");
		}
	}

	@Test
	void unknownAliasListsTheKnownOnes() {
		try (Connections connections = new Connections()) {
			connections.create("logs", ConnectionSettings.of("http://localhost:9200"));
			connections.create("analytics", ConnectionSettings.of("http://localhost:9201"));
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> connections.get("metrics"))
				.withMessage("There is no connection with alias 'metrics'; known aliases: [analytics, logs]. "
						+ "Create it with connections.create(\"metrics\", settings)");
		}
	}

	@Test
	void removeClosesTheConnection() {
		try (Connections connections = new Connections()) {
			Connection connection = connections.create("a", ConnectionSettings.of("http://localhost:9200"));
			assertThat(connections.remove("a")).isTrue();
			assertThat(connection.isClosed()).isTrue();
			assertThat(connections.contains("a")).isFalse();
			assertThat(connections.remove("a")).isFalse();
		}
	}

	@Test
	void createUnderAnExistingAliasClosesThePreviousConnection() {
		try (Connections connections = new Connections()) {
			Connection first = connections.create("a", ConnectionSettings.of("http://localhost:9200"));
			Connection second = connections.create("a", ConnectionSettings.of("http://localhost:9201"));
			assertThat(first.isClosed()).isTrue();
			assertThat(connections.get("a")).isSameAs(second);
		}
	}

	@Test
	void closeClosesEveryConnection() {
		Connections connections = new Connections();
		Connection a = connections.create("a", ConnectionSettings.of("http://localhost:9200"));
		Connection b = connections.add("b", Connection.create(ConnectionSettings.of("http://localhost:9201")));
		connections.close();
		assertThat(a.isClosed()).isTrue();
		assertThat(b.isClosed()).isTrue();
		assertThat(connections.aliases()).isEmpty();
	}

	@Test
	void blankAliasIsRefused() {
		try (Connections connections = new Connections()) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> connections.create(" ", ConnectionSettings.of("http://localhost:9200")))
				.withMessage("A connection alias must not be empty; use \"default\"");
		}
	}

	@Test
	void globalIsOneSharedRegistry() {
		assertThat(Connections.global()).isSameAs(Connections.global());
	}

	@Test
	void twoAliasesReachTheirOwnServers() {
		try (TestServer one = TestServer.startOk(); TestServer two = TestServer.startOk();
				Connections connections = new Connections()) {
			connections.create("one", ConnectionSettings.of(one.uri()));
			connections.create("two", ConnectionSettings.of(two.uri()));
			connections.get("one").perform(RawRequest.get("/from-one"));
			connections.get("two").perform(RawRequest.get("/from-two"));
			assertThat(one.requests()).extracting(TestServer.Recorded::uri).containsExactly("/from-one");
			assertThat(two.requests()).extracting(TestServer.Recorded::uri).containsExactly("/from-two");
		}
	}

}
