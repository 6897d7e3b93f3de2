package io.github.esdsl.connection;

import java.time.Duration;

/**
 * How a request ended, as {@link RequestListener}s see it.
 *
 * @param status the HTTP status of the last response, or 0 when no response came
 * @param host the node of the last attempt, or {@code null} when none was made
 * @param duration the time from the first attempt to the end
 * @param attempts how many attempts were made (1 without retries)
 * @param failure the exception the caller gets, or {@code null} on success
 */
public record RequestOutcome(int status, String host, Duration duration, int attempts, Throwable failure) {

	/** @return whether the caller got a response rather than an exception */
	public boolean isSuccess() {
		return this.failure == null;
	}

	/**
	 * The status as a tag value: the number, or {@code TIMEOUT} or {@code IO_ERROR} when no
	 * response came.
	 * @return the text
	 */
	public String statusText() {
		if (this.status > 0) {
			return Integer.toString(this.status);
		}
		return (this.failure instanceof RequestTimeoutException) ? "TIMEOUT" : "IO_ERROR";
	}

}
