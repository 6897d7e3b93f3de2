package io.github.esdsl.connection;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;

import co.elastic.clients.transport.rest5_client.low_level.Cancellable;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseListener;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ContentTooLongException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request on its way: attempts (one host each), retries, the request timeout, error mapping
 * and listener notification. Never blocks a thread; completes on the client's I/O thread.
 */
final class Execution {

	private static final Logger logger = LoggerFactory.getLogger(Execution.class);

	private static final ScheduledThreadPoolExecutor TIMER = timer();

	private final Rest5Client client;

	private final ConnectionSettings settings;

	private final RawRequest raw;

	private final Request request;

	private final CompletableFuture<RawResponse> result = new CompletableFuture<>();

	private final AtomicBoolean finished = new AtomicBoolean();

	private final List<String> tried = new ArrayList<>();

	private final List<Exception> failures = new ArrayList<>();

	private final List<RequestListener.Completion> completions = new ArrayList<>();

	private final long start = System.nanoTime();

	private volatile AttemptListener current;

	private volatile Cancellable cancellable;

	private volatile ScheduledFuture<?> timeout;

	private volatile int attempts;

	Execution(Rest5Client client, ConnectionSettings settings, RequestOptionsFactory options, RawRequest raw) {
		this.client = client;
		this.settings = settings;
		this.raw = raw;
		this.request = new Request(raw.method(), raw.pathAndQuery());
		if (raw.body() != null) {
			this.request.setEntity(new ByteArrayEntity(raw.body(), MediaTypes.contentType(settings.compatibility(),
					raw.isNdjson())));
		}
		this.request.setOptions(options.forRequest(raw));
	}

	CompletableFuture<RawResponse> start() {
		RequestInfo info = new RequestInfo(this.raw.operation(), this.raw.method(), this.raw.path());
		for (RequestListener listener : this.settings.listeners()) {
			try {
				RequestListener.Completion completion = listener.onRequest(info);
				this.completions.add((completion != null) ? completion : RequestListener.Completion.NONE);
			}
			catch (RuntimeException ex) {
				logger.warn("Request listener {} failed on {}", listener, info, ex);
			}
		}
		Duration requestTimeout = this.settings.requestTimeout();
		if (requestTimeout != null) {
			this.timeout = TIMER.schedule(this::requestTimedOut, requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		attempt();
		return this.result;
	}

	private void attempt() {
		AttemptListener attempt;
		synchronized (this) {
			if (this.finished.get()) {
				return;
			}
			this.attempts++;
			attempt = new AttemptListener();
			this.current = attempt;
		}
		try {
			this.cancellable = HostSelector.select(attempt,
					() -> this.client.performRequestAsync(this.request, attempt));
		}
		catch (RuntimeException ex) {
			attempt.onFailure(ex);
		}
	}

	private void responded(Response response) {
		String host = Hosts.toText(response.getHost());
		int status = response.getStatusCode();
		byte[] body;
		try {
			body = Bodies.read(response.getEntity(), this.settings.maxResponseSize());
		}
		catch (Bodies.TooLarge ex) {
			fail(new ResponseTooLargeException(this.raw.method(), this.raw.path(), host,
					this.settings.maxResponseSize(), ex), status, host);
			return;
		}
		catch (IOException ex) {
			// the request reached Elasticsearch: sending it again could apply it twice
			fail(new TransportException(this.raw.method() + " " + this.raw.path() + ": cannot read the response from "
					+ host + ": " + ex.getMessage(), this.raw.method(), this.raw.path(), ex), status, host);
			return;
		}
		if (status >= 400 && !this.raw.ignores(status)) {
			fail(ElasticsearchException.of(status, body, this.raw.method(), this.raw.path(), host, credentials()),
					status, host);
			return;
		}
		RawResponse answer = new RawResponse(status, host, Headers.of(response.getHeaders()), body, elapsed(),
				this.attempts);
		if (this.finished.compareAndSet(false, true)) {
			cancelTimeout();
			notifyListeners(new RequestOutcome(status, host, answer.duration(), this.attempts, null));
			this.result.complete(answer);
		}
	}

	private String credentials() {
		boolean own = this.raw.headers().keySet().stream().anyMatch("Authorization"::equalsIgnoreCase);
		return own ? "the request's Authorization header" : this.settings.credentialsDescription();
	}

	private void failed(String host, Exception exception) {
		Throwable cause = unwrap(exception);
		if (cause instanceof ResponseException responseException) {
			Response response = responseException.getResponse();
			int status = response.getStatusCode();
			if (isRetryStatus(status) && canRetry()) {
				retry(host, responseException);
				return;
			}
			responded(response);
			return;
		}
		if (cause instanceof ContentTooLongException) {
			fail(new ResponseTooLargeException(this.raw.method(), this.raw.path(), host,
					this.settings.maxResponseSize(), cause), 0, host);
			return;
		}
		if (cause instanceof CancellationException && this.finished.get()) {
			return;
		}
		if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
			RequestTimeoutException timedOut = timeoutException(host, cause);
			if (this.settings.retryOnTimeout() && canRetry()) {
				retry(host, timedOut);
			}
			else {
				fail(timedOut, 0, host);
			}
			return;
		}
		boolean retryable = cause instanceof IOException && !(cause instanceof SSLException);
		if (retryable && canRetry()) {
			retry(host, (Exception) cause);
			return;
		}
		fail(connectionException(cause), 0, host);
	}

	private void retry(String host, Exception failure) {
		synchronized (this) {
			this.failures.add(failure);
		}
		logger.debug("{} {} failed on {}, retrying: {}", this.raw.method(), this.raw.path(), host, failure.toString());
		attempt();
	}

	private boolean canRetry() {
		synchronized (this) {
			return !this.finished.get() && this.attempts <= this.settings.maxRetries();
		}
	}

	private void requestTimedOut() {
		AttemptListener attempt = this.current;
		String host = (attempt != null) ? attempt.host : null;
		Duration limit = this.settings.requestTimeout();
		String message = this.raw.method() + " " + this.raw.path() + ": no response within the request timeout of "
				+ Durations.text(limit) + ((host != null) ? " (last attempt on " + host + ")" : "");
		RequestTimeoutException exception = new RequestTimeoutException(message, this.raw.method(), this.raw.path(),
				triedHosts(), host, limit, null);
		if (fail(exception, 0, host)) {
			Cancellable running = this.cancellable;
			if (running != null) {
				running.cancel();
			}
		}
	}

	private RequestTimeoutException timeoutException(String host, Throwable cause) {
		boolean connect = cause instanceof ConnectTimeoutException;
		Duration limit = connect ? this.settings.connectTimeout() : this.settings.socketTimeout();
		String message = this.raw.method() + " " + this.raw.path() + ": "
				+ (connect ? "could not connect to " + host + " within the connect timeout of "
						: "no response from " + host + " within the socket timeout of ")
				+ Durations.text(limit);
		return new RequestTimeoutException(message, this.raw.method(), this.raw.path(), triedHosts(), host, limit,
				cause);
	}

	private TransportException connectionException(Throwable cause) {
		String reason = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		String what = (cause instanceof SSLException) ? "TLS with Elasticsearch failed" : "cannot reach Elasticsearch";
		String message = this.raw.method() + " " + this.raw.path() + ": " + what + ", tried " + triedHosts() + ": "
				+ reason + ((cause instanceof SSLException) ? TlsSupport.hint(cause, this.settings) : "");
		if (cause instanceof IOException || cause instanceof CancellationException
				|| cause instanceof IllegalStateException) {
			return new ConnectionException(message, this.raw.method(), this.raw.path(), triedHosts(), cause);
		}
		return new TransportException(this.raw.method() + " " + this.raw.path() + " failed: " + reason,
				this.raw.method(), this.raw.path(), cause);
	}

	private boolean fail(TransportException exception, int status, String host) {
		if (!this.finished.compareAndSet(false, true)) {
			return false;
		}
		cancelTimeout();
		synchronized (this) {
			this.failures.forEach((failure) -> {
				if (failure != exception) {
					exception.addSuppressed(failure);
				}
			});
		}
		notifyListeners(new RequestOutcome(status, host, elapsed(), this.attempts, exception));
		this.result.completeExceptionally(exception);
		return true;
	}

	private void notifyListeners(RequestOutcome outcome) {
		for (RequestListener.Completion completion : this.completions) {
			try {
				completion.onCompletion(outcome);
			}
			catch (RuntimeException ex) {
				logger.warn("Request listener failed on the outcome of {} {}", this.raw.method(), this.raw.path(), ex);
			}
		}
	}

	private void cancelTimeout() {
		ScheduledFuture<?> scheduled = this.timeout;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
	}

	private synchronized List<String> triedHosts() {
		return List.copyOf(this.tried);
	}

	private synchronized void addTried(String host) {
		if (host != null && !this.tried.contains(host)) {
			this.tried.add(host);
		}
	}

	private Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.start);
	}

	private static boolean isRetryStatus(int status) {
		return status == 502 || status == 503 || status == 504;
	}

	private static Throwable unwrap(Throwable exception) {
		Throwable cause = exception;
		while ((cause instanceof ExecutionException || cause instanceof CompletionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		// the client re-wraps I/O failures in a plain IOException; look for a more telling cause
		if (cause.getClass() == IOException.class && cause.getCause() != null) {
			return cause.getCause();
		}
		return cause;
	}

	private static ScheduledThreadPoolExecutor timer() {
		ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, (runnable) -> {
			Thread thread = new Thread(runnable, "esdsl-request-timeout");
			thread.setDaemon(true);
			return thread;
		});
		timer.setRemoveOnCancelPolicy(true);
		return timer;
	}

	/**
	 * Listens to one attempt; the host selector tells it its host.
	 */
	private final class AttemptListener extends HostSelector.Attempt implements ResponseListener {

		@Override
		boolean tried(String host) {
			synchronized (Execution.this) {
				return Execution.this.tried.contains(host);
			}
		}

		@Override
		public void onSuccess(Response response) {
			addTried(Hosts.toText(response.getHost()));
			responded(response);
		}

		@Override
		public void onFailure(Exception exception) {
			addTried(this.host);
			failed(this.host, exception);
		}

	}

}
