package io.github.esdsl.connection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

/**
 * Every logger of the JVM at TRACE, written to one file instead of the console, until closed;
 * then the levels and appenders are as before. Events are formatted with their arguments and full
 * stack traces (causes and suppressed exceptions), as a real appender would write them.
 */
final class LogCapture implements AutoCloseable {

	/**
	 * A line of the HTTP client's wire log: 16 bytes as text, then as hex; a secret is split over
	 * lines, so the bytes of each connection and direction are joined before searching.
	 */
	private static final Pattern WIRE_DUMP = Pattern
		.compile("http\\.wire - ([\\w-]+)\\S* (>>|<<) .*?  ((?:[0-9a-f]{2} ){0,15}[0-9a-f]{2})$");

	private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger - %msg%n%ex{full}";

	private final LoggerContext context;

	private final Map<Logger, Level> levels = new LinkedHashMap<>();

	private final List<Appender<ILoggingEvent>> rootAppenders = new ArrayList<>();

	private final FileAppender<ILoggingEvent> appender = new FileAppender<>();

	private final Path file;

	private LogCapture(Path file) {
		this.file = file;
		this.context = (LoggerContext) LoggerFactory.getILoggerFactory();
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(this.context);
		encoder.setPattern(PATTERN);
		encoder.setCharset(StandardCharsets.UTF_8);
		encoder.start();
		this.appender.setContext(this.context);
		this.appender.setName("log-capture");
		this.appender.setFile(file.toString());
		this.appender.setAppend(false);
		this.appender.setEncoder(encoder);
		this.appender.start();
		Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext();) {
			this.rootAppenders.add(it.next());
		}
		this.rootAppenders.forEach(root::detachAppender);
		root.addAppender(this.appender);
		for (Logger logger : this.context.getLoggerList()) {
			if (logger.getLevel() != null) {
				this.levels.put(logger, logger.getLevel());
				logger.setLevel(Level.TRACE);
			}
		}
		root.setLevel(Level.TRACE);
	}

	/**
	 * Starts capturing into a file (replaced if it exists).
	 * @param file the file
	 * @return the capture, to close
	 */
	static LogCapture everythingTo(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new LogCapture(file);
	}

	/** @return the file written to */
	Path file() {
		return this.file;
	}

	/** @return what was logged so far */
	String text() {
		try {
			return Files.readString(this.file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The logged lines holding any of the values, each prefixed with the value's label.
	 * @param values labels and the texts that must not appear
	 * @return the offending lines, empty when none
	 */
	List<String> linesContaining(Map<String, String> values) {
		List<String> found = new ArrayList<>();
		Map<String, ByteArrayOutputStream> wire = new LinkedHashMap<>();
		for (String line : text().split("\n")) {
			values.forEach((label, value) -> {
				if (line.contains(value)) {
					found.add(label + ": " + line);
				}
			});
			Matcher dump = WIRE_DUMP.matcher(line);
			if (dump.find()) {
				ByteArrayOutputStream bytes = wire.computeIfAbsent(dump.group(1) + " " + dump.group(2),
						(key) -> new ByteArrayOutputStream());
				for (String hex : dump.group(3).split(" ")) {
					bytes.write(Integer.parseInt(hex, 16));
				}
			}
		}
		wire.forEach((stream, bytes) -> values.forEach((label, value) -> {
			if (bytes.toString(StandardCharsets.ISO_8859_1).contains(value)) {
				found.add(label + ": in the wire dump of " + stream);
			}
		}));
		return found;
	}

	@Override
	public void close() {
		Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.levels.forEach(Logger::setLevel);
		root.detachAppender(this.appender);
		this.rootAppenders.forEach(root::addAppender);
		this.appender.stop();
	}

}
