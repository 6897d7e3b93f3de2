package io.github.esdsl.document;

import java.net.InetAddress;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RangeTest {

	private final Range<LocalDateTime> slot = Range.<LocalDateTime>unbounded()
		.gte(LocalDateTime.of(2018, 11, 17, 9, 0))
		.lt(LocalDateTime.of(2018, 11, 17, 10, 0));

	@Test
	void containsRespectsInclusiveAndExclusiveBounds() {
		assertThat(this.slot.contains(LocalDateTime.of(2018, 11, 17, 9, 30))).isTrue();
		assertThat(this.slot.contains(LocalDateTime.of(2018, 11, 17, 9, 0))).isTrue();
		assertThat(this.slot.contains(LocalDateTime.of(2018, 11, 17, 10, 0))).isFalse();
		assertThat(this.slot.contains(null)).isFalse();
	}

	@Test
	void lowerAndUpperGiveValueAndInclusiveness() {
		assertThat(this.slot.lower()).isEqualTo(new Range.Bound<>(LocalDateTime.of(2018, 11, 17, 9, 0), true));
		assertThat(this.slot.upper()).isEqualTo(new Range.Bound<>(LocalDateTime.of(2018, 11, 17, 10, 0), false));
	}

	@Test
	void emptyRangeIsUnbounded() {
		Range<Integer> all = Range.unbounded();
		assertThat(all.lower()).isEqualTo(new Range.Bound<>(null, false));
		assertThat(all.isUnbounded()).isTrue();
		assertThat(all.contains(42)).isTrue();
		assertThat(all.toMap()).isEmpty();
	}

	@Test
	void toMapAndOfRoundTrip() {
		Range<Integer> range = Range.<Integer>unbounded().gt(1).lte(10);
		assertThat(range.toMap()).isEqualTo(Map.of("gt", 1, "lte", 10));
		assertThat(Range.of(range.toMap())).isEqualTo(range);
		assertThat(range).hasToString("Range{gt=1, lte=10}");
	}

	@Test
	void numbersCompareByValueAndAddressesByBytes() throws Exception {
		assertThat(Range.<Number>unbounded().gte(1).lt(2.5).contains(2L)).isTrue();
		Range<InetAddress> net = Range.<InetAddress>unbounded()
			.gte(InetAddress.getByName("10.0.0.0"))
			.lte(InetAddress.getByName("10.0.0.255"));
		assertThat(net.contains(InetAddress.getByName("10.0.0.7"))).isTrue();
		assertThat(net.contains(InetAddress.getByName("10.0.1.7"))).isFalse();
	}

	@Test
	void invalidBoundsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Range.of(Map.of("gt", 1, "gte", 2)))
			.withMessageStartingWith("A range cannot have both gt and gte");
		assertThatIllegalArgumentException().isThrownBy(() -> Range.of(Map.of("from", 1)))
			.withMessage("Unknown range bound 'from' in {from=1}: use gt, gte, lt or lte");
		Range<Object> mixed = Range.unbounded().gte((Object) "a");
		assertThatIllegalArgumentException().isThrownBy(() -> mixed.contains(1))
			.withMessage("Cannot compare 1 (java.lang.Integer) with the range bound a (java.lang.String)");
	}

}
