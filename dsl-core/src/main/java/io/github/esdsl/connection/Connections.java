package io.github.esdsl.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registry of named connections, like Python's {@code connections}: searches choose a cluster by
 * alias ({@code using("analytics")}), and {@value #DEFAULT_ALIAS} is used when none is named.
 * Thread-safe. Spring applications get one as a bean; elsewhere use {@link #global()}.
 *
 * <pre>{@code
 * Connections.global().create(ConnectionSettings.of("http://localhost:9200"));     // "default"
 * Connections.global().create("analytics", ConnectionSettings.builder()
 *     .hosts("https://es-analytics:9200").apiKey(key).build());
 * Connection analytics = Connections.global().get("analytics");
 * }</pre>
 */
public final class Connections implements AutoCloseable {

	/** The alias used when none is given. */
	public static final String DEFAULT_ALIAS = "default";

	private static final Connections GLOBAL = new Connections();

	/** Whether the esdsl Spring Boot auto-configuration is on the class path. */
	private static final boolean SPRING_STARTER = isPresent("io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration");

	private final Map<String, Connection> connections = new ConcurrentHashMap<>();

	/**
	 * The registry shared by code that does not use Spring.
	 * @return the global registry
	 */
	public static Connections global() {
		return GLOBAL;
	}

	/**
	 * Opens a connection under the {@value #DEFAULT_ALIAS} alias.
	 * @param settings the settings
	 * @return the connection
	 */
	public Connection create(ConnectionSettings settings) {
		return create(DEFAULT_ALIAS, settings);
	}

	/**
	 * Opens a connection and registers it under an alias. A connection already registered under the
	 * alias is closed and replaced.
	 * @param alias the alias
	 * @param settings the settings
	 * @return the new connection
	 */
	public Connection create(String alias, ConnectionSettings settings) {
		checkAlias(alias);
		return add(alias, Connection.create(settings));
	}

	/**
	 * Registers an open connection under an alias; the registry closes it on {@link #remove(String)}
	 * and {@link #close()}. A connection already registered under the alias is closed and replaced.
	 * @param alias the alias
	 * @param connection the connection
	 * @return the connection
	 */
	public Connection add(String alias, Connection connection) {
		checkAlias(alias);
		Objects.requireNonNull(connection, "connection must not be null");
		Connection previous = this.connections.put(alias, connection);
		if (previous != null && previous != connection) {
			previous.close();
		}
		return connection;
	}

	/**
	 * The connection registered under the {@value #DEFAULT_ALIAS} alias.
	 * @return the connection
	 * @throws IllegalStateException when there is none
	 */
	public Connection get() {
		return get(DEFAULT_ALIAS);
	}

	/**
	 * The connection registered under an alias.
	 * @param alias the alias; {@code null} means {@value #DEFAULT_ALIAS}
	 * @return the connection
	 * @throws IllegalStateException naming the known aliases when there is none
	 */
	public Connection get(String alias) {
		String name = (alias != null) ? alias : DEFAULT_ALIAS;
		Connection connection = this.connections.get(name);
		if (connection == null) {
			throw new IllegalStateException("There is no connection with alias '" + name + "'; known aliases: "
					+ aliases() + ". " + missingAliasAdvice(name));
		}
		return connection;
	}

	/**
	 * What to do about a missing alias. In an application on the esdsl Spring Boot starter the
	 * connections are the context's, not {@link #global()}'s, so a request that looked in the
	 * global registry should have gone through a {@code SearchTemplate} instead.
	 */
	private String missingAliasAdvice(String name) {
		if (this == GLOBAL && SPRING_STARTER) {
			return "This application's connections are its Spring context's, not Connections.global(): run the "
					+ "request through a SearchTemplate (template.execute(search)) or a FacetedSearch bean, or give "
					+ "it the injected connection with using(connection)";
		}
		return "Create it with connections.create(\"" + name + "\", settings)";
	}

	/**
	 * Whether a connection is registered under an alias.
	 * @param alias the alias
	 * @return whether it is
	 */
	public boolean contains(String alias) {
		return alias != null && this.connections.containsKey(alias);
	}

	/**
	 * Removes and closes the connection registered under an alias.
	 * @param alias the alias
	 * @return whether there was one
	 */
	public boolean remove(String alias) {
		Connection connection = (alias != null) ? this.connections.remove(alias) : null;
		if (connection != null) {
			connection.close();
		}
		return connection != null;
	}

	/** @return the registered aliases, sorted */
	public Set<String> aliases() {
		return new TreeSet<>(this.connections.keySet());
	}

	/**
	 * Removes and closes every connection.
	 */
	@Override
	public void close() {
		List<String> aliases = new ArrayList<>(this.connections.keySet());
		aliases.forEach(this::remove);
	}

	@Override
	public String toString() {
		return "Connections" + aliases();
	}

	private static boolean isPresent(String className) {
		try {
			Class.forName(className, false, Connections.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	private static void checkAlias(String alias) {
		if (alias == null || alias.isBlank()) {
			throw new IllegalArgumentException("A connection alias must not be empty; use \"" + DEFAULT_ALIAS + "\"");
		}
	}

}
