package io.github.esdsl.autoconfigure.document;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import io.github.esdsl.connection.ElasticsearchException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Tries index management again in the background when the cluster of an alias was unreachable
 * at startup and {@code elasticsearch.dsl.startup.fail-fast} is off: first after
 * {@code retry-interval}, then after twice the previous wait up to {@code max-retry-interval},
 * until it succeeds, fails for another reason (logged as an error, not retried) or the
 * application stops. Every attempt is logged.
 */
final class IndexManagementRetry implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(IndexManagementRetry.class);

	private final Duration first;

	private final Duration max;

	private final ScheduledExecutorService executor;

	IndexManagementRetry(Duration first, Duration max) {
		this.first = first;
		this.max = (max.compareTo(first) < 0) ? first : max;
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "esdsl-index-management-retry");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Schedules retries of one alias's index management.
	 * @param alias the connection alias
	 * @param mode the index management mode, for the logs
	 * @param task manages the alias's indices and returns the number of writes
	 */
	void retry(String alias, String mode, IntSupplier task) {
		logger.warn("Index management '" + mode + "' of connection '" + alias + "' will be retried in the background, "
				+ "first in " + this.first + ", then with doubling waits up to " + this.max);
		schedule(new Attempt(alias, mode, task), 1, this.first);
	}

	private void schedule(Attempt attempt, int number, Duration delay) {
		try {
			this.executor.schedule(() -> run(attempt, number, delay), delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			logger.debug("Index management retry of connection '" + attempt.alias + "' dropped: application stopping");
		}
	}

	private void run(Attempt attempt, int number, Duration delay) {
		String what = "Index management '" + attempt.mode + "' of connection '" + attempt.alias + "'";
		try {
			int writes = attempt.task.getAsInt();
			logger.info(what + " succeeded on retry " + number + " (" + writes + " writes)");
		}
		catch (ClusterUnavailableException | ElasticsearchException ex) {
			if (ex instanceof ElasticsearchException error && error.status() < 500) {
				failed(what, number, ex);
				return;
			}
			Duration next = (delay.multipliedBy(2).compareTo(this.max) > 0) ? this.max : delay.multipliedBy(2);
			logger.info(what + " failed on retry " + number + ", next retry in " + next + ": " + ex.getMessage());
			schedule(attempt, number + 1, next);
		}
		catch (RuntimeException ex) {
			failed(what, number, ex);
		}
	}

	private static void failed(String what, int number, RuntimeException ex) {
		logger.error(what + " failed on retry " + number + " and is not retried again: " + ex.getMessage(), ex);
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	private record Attempt(String alias, String mode, IntSupplier task) {

	}

}
