package io.github.esdsl.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.document.Documents;
import io.github.esdsl.json.Json;
import io.github.esdsl.persistence.BulkOptions;
import io.github.esdsl.persistence.BulkResult;
import io.github.esdsl.persistence.DocumentOperations;
import io.github.esdsl.spring.SearchTemplate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Indexes the Debian package data set at start-up, with the bulk API in batches of
 * {@value #BATCH} and a progress line per batch, unless the index already holds it. Set
 * {@code sample.data.limit} to index only the first packages (the tests index 5,000). The
 * {@link IndexingProgress} it keeps is shown on the search page and in the readiness health.
 */
@Component
class PackageIndexer implements ApplicationRunner {

	static final int BATCH = 5_000;

	private static final Log logger = LogFactory.getLog(PackageIndexer.class);

	private final Resource data = new ClassPathResource("data/debian-packages.jsonl.gz");

	private final DocumentOperations operations;

	private final int limit;

	private final IndexingProgress progress;

	PackageIndexer(SearchTemplate template, @Value("${sample.data.limit:-1}") int limit, IndexingProgress progress) {
		this.operations = template.documents();
		this.limit = limit;
		this.progress = progress;
	}

	@Override
	public void run(ApplicationArguments args) {
		long expected = expected();
		long indexed = count();
		if (indexed == expected) {
			logger.info("Index " + Package.INDEX + " already holds " + indexed + " packages, not indexing");
			this.progress.finish(indexed);
			return;
		}
		if (indexed >= 0) {
			logger.info("Index " + Package.INDEX + " holds " + indexed + " packages instead of " + expected
					+ ", indexing again");
			this.operations.indices().delete(Package.INDEX);
		}
		index(expected);
	}

	private void index(long expected) {
		long start = System.nanoTime();
		this.progress.start(expected);
		this.operations.init(Package.class);
		this.operations.indices().putSettings(Package.INDEX, Map.of("refresh_interval", "-1"));
		BulkOptions options = BulkOptions.defaults().batchSize(BATCH / 2).concurrency(2);
		long done = 0;
		try (BufferedReader reader = reader()) {
			List<Package> batch = new ArrayList<>(BATCH);
			String line;
			while (done + batch.size() < expected && (line = reader.readLine()) != null) {
				batch.add(read(line));
				if (batch.size() == BATCH || done + batch.size() == expected) {
					done += write(batch, options, done, expected);
					batch.clear();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + this.data, ex);
		}
		this.operations.indices().putSettings(Package.INDEX, Map.of("refresh_interval", "1s"));
		this.operations.indices().refresh(Package.INDEX);
		this.progress.finish(done);
		logger.info("Indexed " + done + " packages into " + Package.INDEX + " in " + millis(start) + " ms");
	}

	private long write(List<Package> batch, BulkOptions options, long done, long expected) {
		long start = System.nanoTime();
		BulkResult result = this.operations.bulk(batch, options);
		if (result.hasFailures()) {
			throw new IllegalStateException("Indexing packages failed for " + result.failures().size()
					+ " of them, first: " + result.failures().get(0));
		}
		this.progress.advance(done + batch.size());
		logger.info("Indexed " + (done + batch.size()) + "/" + expected + " packages (" + millis(start) + " ms)");
		return batch.size();
	}

	private static Package read(String line) {
		// the name is the document id, which is injected rather than read from the source
		Object name = Json.parseMap(line).get("name");
		return Documents.read(line.getBytes(StandardCharsets.UTF_8), Package.class, String.valueOf(name));
	}

	private long expected() {
		long lines = 0;
		try (BufferedReader reader = reader()) {
			while (reader.readLine() != null && (this.limit < 0 || lines < this.limit)) {
				lines++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + this.data, ex);
		}
		return lines;
	}

	/** @return the documents in the index, -1 when it does not exist */
	private long count() {
		if (!this.operations.indices().exists(Package.INDEX)) {
			return -1;
		}
		Connection connection = this.operations.connection();
		byte[] body = connection.perform(RawRequest.get("/" + Package.INDEX + "/_count")).body();
		return ((Number) Json.parseMap(body).get("count")).longValue();
	}

	private BufferedReader reader() throws IOException {
		return new BufferedReader(
				new InputStreamReader(new GZIPInputStream(this.data.getInputStream(), 1 << 16), StandardCharsets.UTF_8));
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
