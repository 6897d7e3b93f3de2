package io.github.esdsl.index.management;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Starts asynchronous writes, one per item in order, with at most a given number in flight, so
 * that the master can batch the cluster-state updates they cause. Stops starting after a failure
 * and waits for those in flight; then throws the failure of the first item in order that failed
 * (the one writing item by item would have met), with the others suppressed.
 */
final class BoundedWrites {

	private BoundedWrites() {
	}

	/**
	 * Runs the writes.
	 * @param <T> the type of the items
	 * @param items the items, in order
	 * @param maxInFlight the most writes in flight at once
	 * @param write starts the writes of one item
	 * @throws RuntimeException the first failure, in item order
	 */
	static <T> void run(List<T> items, int maxInFlight, Function<T, CompletableFuture<?>> write) {
		Semaphore permits = new Semaphore(Math.max(1, maxInFlight));
		AtomicBoolean failed = new AtomicBoolean();
		List<CompletableFuture<?>> started = new ArrayList<>();
		for (T item : items) {
			permits.acquireUninterruptibly();
			if (failed.get()) {
				permits.release();
				break;
			}
			CompletableFuture<?> future;
			try {
				future = write.apply(item);
			}
			catch (RuntimeException ex) {
				future = CompletableFuture.failedFuture(ex);
			}
			started.add(future.whenComplete((result, ex) -> {
				if (ex != null) {
					failed.set(true);
				}
				permits.release();
			}));
		}
		RuntimeException first = null;
		for (CompletableFuture<?> future : started) {
			try {
				future.join();
			}
			catch (CompletionException | CancellationException ex) {
				RuntimeException cause = unwrap(ex);
				if (first == null) {
					first = cause;
				}
				else if (cause != first) {
					first.addSuppressed(cause);
				}
			}
		}
		if (first != null) {
			throw first;
		}
	}

	/**
	 * The exception a future failed with, without {@link CompletionException} wrappers.
	 * @param ex the exception
	 * @return the cause, as a runtime exception
	 */
	static RuntimeException unwrap(Throwable ex) {
		Throwable cause = ex;
		while (cause instanceof CompletionException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new CompletionException(cause);
	}

}
