package io.github.esdsl.index.management;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BoundedWritesTest {

	@Test
	void neverMoreThanTheBoundInFlight() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		BoundedWrites.run(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 3, (item) -> CompletableFuture.runAsync(() -> {
			most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			sleep(5);
			inFlight.decrementAndGet();
		}));
		assertThat(most.get()).isBetween(1, 3);
	}

	@Test
	void theFirstFailureInItemOrderIsThrownWithTheOthersSuppressed() {
		List<Integer> started = new CopyOnWriteArrayList<>();
		assertThatIllegalStateException()
			.isThrownBy(() -> BoundedWrites.run(List.of(1, 2, 3, 4, 5, 6), 3, (item) -> {
				started.add(item);
				return CompletableFuture.runAsync(() -> {
					sleep((item == 2) ? 20 : 1);
					if (item == 2 || item == 3) {
						throw new IllegalStateException("item " + item);
					}
				});
			}))
			.withMessage("item 2")
			.satisfies((ex) -> assertThat(ex.getSuppressed()).extracting(Throwable::getMessage)
				.containsExactly("item 3"));
		assertThat(started).startsWith(1, 2, 3).doesNotContain(6);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
