package io.github.esdsl.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionException;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;
import io.github.esdsl.connection.RequestTimeoutException;
import io.github.esdsl.document.DocumentMetadata;

/**
 * One bulk run: batches the input by count and bytes, keeps up to {@code concurrency} requests in
 * flight on the async transport, retries items rejected with 429 or unavailable (503) and requests
 * that failed for want of a host after a growing pause, and accounts for every item and retry.
 */
final class BulkRunner {

	private static final String CONNECTION_FAILURE = "connection_failure";

	private final Connection connection;

	private final BulkOptions options;

	private final String indexOverride;

	private final Semaphore permits;

	private final AtomicLong succeeded = new AtomicLong();

	private final ConcurrentLinkedQueue<BulkRetry> retries = new ConcurrentLinkedQueue<>();

	private final AtomicLong requests = new AtomicLong();

	private final ConcurrentLinkedQueue<BulkFailure> failures = new ConcurrentLinkedQueue<>();

	BulkRunner(Connection connection, BulkOptions options, String indexOverride) {
		this.connection = connection;
		this.options = options;
		this.indexOverride = indexOverride;
		this.permits = new Semaphore(options.concurrency());
	}

	BulkResult run(Iterator<?> items) {
		long position = 0;
		BulkBatch batch = new BulkBatch();
		try {
			while (items.hasNext()) {
				Object item = items.next();
				add(batch, position++, item);
				if (batch.size() > this.options.batchBytes() && batch.count() > 1) {
					BulkBatch last = batch.removeLast();
					submit(batch);
					batch = last;
				}
				if (batch.count() >= this.options.batchSize() || batch.size() >= this.options.batchBytes()) {
					submit(batch);
					batch = batch.next();
				}
			}
			if (batch.count() > 0) {
				submit(batch);
			}
		}
		finally {
			this.permits.acquireUninterruptibly(this.options.concurrency());
			this.permits.release(this.options.concurrency());
		}
		List<BulkFailure> sorted = new ArrayList<>(this.failures);
		sorted.sort(Comparator.comparingLong(BulkFailure::position));
		List<BulkRetry> retries = new ArrayList<>(this.retries);
		retries.sort(Comparator.comparingLong(BulkRetry::position).thenComparingInt(BulkRetry::attempt));
		return new BulkResult(position, this.succeeded.get(), sorted, retries.size(), this.requests.get(), retries);
	}

	private void add(BulkBatch batch, long position, Object item) {
		if (item == null) {
			fail(position, null, null, null, 0, "illegal_argument_exception", "The bulk input holds a null item");
			return;
		}
		if (item instanceof BulkAction action) {
			add(batch, position, action.opType(), action.type(), action.explicitIndex(), action.explicitId(),
					action.explicitRouting(), action.source(), action.extra(), action.isDocument());
		}
		else {
			// a plain document: the same as BulkAction.index(item), without making one
			add(batch, position, "index", item.getClass(), null, null, null, item, Map.of(), true);
		}
	}

	private void add(BulkBatch batch, long position, String opType, Class<?> type, String explicitIndex,
			String explicitId, String explicitRouting, Object source, Map<String, Object> extra, boolean document) {
		String index = explicitIndex;
		String id = explicitId;
		try {
			DocumentMetadata<Object> metadata = document ? metadata(source.getClass()) : null;
			if (metadata != null) {
				id = metadata.id(source).orElse(null);
			}
			if (document && this.options.isValidate()) {
				Validator.validate(source);
			}
			if (index == null && this.indexOverride == null && document && source instanceof WritesTo writesTo) {
				index = writesTo.writeIndex();
			}
			if (index == null) {
				index = (this.indexOverride != null || type != null) ? Target.index(type, this.indexOverride) : null;
			}
			String routing = explicitRouting;
			if (metadata != null) {
				routing = (routing != null) ? routing : metadata.routing(source).orElse(null);
			}
			if (index == null) {
				throw new IllegalArgumentException("A raw bulk action needs an _index (or use operations.on(index))");
			}
			batch.add(position, opType, index, id, routing, extra, source);
		}
		catch (ValidationException ex) {
			fail(position, opType, index, id, 0, "validation_exception", ex.getMessage());
		}
		catch (RuntimeException ex) {
			fail(position, opType, index, id, 0, "illegal_argument_exception", ex.getMessage());
		}
	}

	private Class<?> lastType;

	private DocumentMetadata<Object> lastMetadata;

	/** The metadata of a document class; a bulk run mostly sees one class, so the last one is kept. */
	private DocumentMetadata<Object> metadata(Class<?> type) {
		if (type != this.lastType) {
			this.lastMetadata = metadataOf(type);
			this.lastType = type;
		}
		return this.lastMetadata;
	}

	@SuppressWarnings("unchecked")
	private static DocumentMetadata<Object> metadataOf(Class<?> type) {
		return (DocumentMetadata<Object>) DocumentMetadata.of(type);
	}

	private void submit(BulkBatch batch) {
		this.permits.acquireUninterruptibly();
		CompletableFuture<Void> done;
		try {
			done = send(batch, 0);
		}
		catch (RuntimeException ex) {
			done = CompletableFuture.failedFuture(ex);
		}
		done.whenComplete((ignored, error) -> {
			if (error != null) {
				failAll(batch, unwrap(error));
			}
			this.permits.release();
		});
	}

	private CompletableFuture<Void> send(BulkBatch batch, int attempt) {
		RawRequest request = RawRequest.post("/_bulk")
			.ndjson(batch.bytes())
			.param("refresh", (this.options.refreshMode() != null) ? this.options.refreshMode().value() : null)
			.operation("bulk");
		this.requests.incrementAndGet();
		CompletableFuture<RawResponse> response;
		try {
			response = this.connection.performAsync(request);
		}
		catch (RuntimeException ex) {
			response = CompletableFuture.failedFuture(ex);
		}
		boolean canRetry = attempt < this.options.maxRetries();
		// on the I/O thread: reading the response is short, and on small machines the common pool
		// has one thread or none, so an ...Async stage would start a thread per response
		return response.handle((answer, error) -> {
			if (error != null) {
				Throwable cause = unwrap(error);
				if (canRetry && isRetryable(cause)) {
					int status = (cause instanceof ElasticsearchException es) ? es.status() : 0;
					String type = (cause instanceof ElasticsearchException es && es.errorType() != null)
							? es.errorType() : CONNECTION_FAILURE;
					for (int item = 0; item < batch.count(); item++) {
						retried(batch, item, status, type, cause.getMessage());
					}
					return retry(batch, attempt);
				}
				failAll(batch, cause);
				return CompletableFuture.<Void>completedFuture(null);
			}
			if (answer.attempts() > 1) {
				String reason = "the connection sent the request again to another host after " + (answer.attempts() - 1)
						+ " failed attempt(s)";
				for (int item = 0; item < batch.count(); item++) {
					retried(batch, item, 0, CONNECTION_FAILURE, reason);
				}
			}
			List<BulkResponses.Rejected> rejected = BulkResponses.read(answer.body(), batch, canRetry,
					this.succeeded::addAndGet, this.failures::add);
			if (rejected.isEmpty()) {
				return CompletableFuture.<Void>completedFuture(null);
			}
			int[] items = new int[rejected.size()];
			for (int i = 0; i < items.length; i++) {
				BulkResponses.Rejected each = rejected.get(i);
				items[i] = each.item();
				retried(batch, each.item(), each.status(), each.type(), each.reason());
			}
			return retry(batch.subset(items), attempt);
		}).thenCompose(Function.identity());
	}

	/**
	 * Whether a failed request is sent again: rejected (429), a gateway or unavailable status
	 * (502, 503, 504), or no host reached; a timeout only if the connection retries timeouts
	 * (the items may have been applied).
	 */
	private boolean isRetryable(Throwable cause) {
		if (cause instanceof ElasticsearchException es) {
			return es.status() == 429 || es.status() == 502 || es.status() == 503 || es.status() == 504;
		}
		if (cause instanceof RequestTimeoutException) {
			return this.connection.settings().retryOnTimeout();
		}
		return cause instanceof ConnectionException;
	}

	private void retried(BulkBatch batch, int item, int status, String type, String reason) {
		this.retries.add(new BulkRetry(batch.position(item), batch.index(item), batch.id(item), batch.retried(item),
				status, type, reason));
	}

	private CompletableFuture<Void> retry(BulkBatch batch, int attempt) {
		long delay = this.options.backoffMillis(attempt);
		return CompletableFuture.runAsync(() -> {
		}, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
			.thenCompose((ignored) -> send(batch, attempt + 1));
	}

	private void failAll(BulkBatch batch, Throwable cause) {
		int status = (cause instanceof ElasticsearchException es) ? es.status() : 0;
		String type = (cause instanceof ElasticsearchException es && es.errorType() != null) ? es.errorType()
				: cause.getClass().getSimpleName();
		for (int item = 0; item < batch.count(); item++) {
			fail(batch.position(item), batch.op(item), batch.index(item), batch.id(item), status, type,
					"The bulk request failed: " + cause.getMessage());
		}
	}

	private void fail(long position, String op, String index, String id, int status, String type, String reason) {
		this.failures.add(new BulkFailure(position, op, index, id, status, type, reason));
	}

	private static Throwable unwrap(Throwable error) {
		Throwable cause = error;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	@Override
	public String toString() {
		return "BulkRunner{" + this.options + ", " + Map.of("requests", this.requests.get()) + "}";
	}

}
