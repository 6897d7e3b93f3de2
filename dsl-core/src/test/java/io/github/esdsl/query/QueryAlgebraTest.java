package io.github.esdsl.query;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The and/or/not cases listed in the issue, as exact JSON.
 */
class QueryAlgebraTest {

	private final Query a = Q.term("f", "a");

	private final Query b = Q.term("f", "b");

	private final Query c = Q.term("f", "c");

	private final Query d = Q.term("f", "d");

	static String json(String singleQuoted) {
		return singleQuoted.replace('\'', '"');
	}

	@Test
	void andOfTwoQueriesIsBoolMust() {
		assertThat(this.a.and(this.b).toJson()).isEqualTo(json("{'bool':{'must':[{'term':{'f':'a'}},{'term':{'f':'b'}}]}}"));
	}

	@Test
	void orOfTwoQueriesIsBoolShould() {
		assertThat(this.a.or(this.b).toJson()).isEqualTo(json("{'bool':{'should':[{'term':{'f':'a'}},{'term':{'f':'b'}}]}}"));
	}

	@Test
	void notOfQueryIsBoolMustNot() {
		assertThat(this.a.not().toJson()).isEqualTo(json("{'bool':{'must_not':[{'term':{'f':'a'}}]}}"));
	}

	@Test
	void andChainFlattensIntoOneMustList() {
		assertThat(this.a.and(this.b).and(this.c).toJson())
			.isEqualTo(json("{'bool':{'must':[{'term':{'f':'a'}},{'term':{'f':'b'}},{'term':{'f':'c'}}]}}"));
	}

	@Test
	void orChainFlattensIntoOneShouldList() {
		assertThat(this.a.or(this.b).or(this.c).toJson())
			.isEqualTo(json("{'bool':{'should':[{'term':{'f':'a'}},{'term':{'f':'b'}},{'term':{'f':'c'}}]}}"));
	}

	@Test
	void andOfShouldOnlyBoolWithQueryRequiresOneShould() {
		assertThat(this.a.or(this.b).and(this.c).toJson()).isEqualTo(json(
				"{'bool':{'must':[{'term':{'f':'c'}}],'should':[{'term':{'f':'a'}},{'term':{'f':'b'}}],'minimum_should_match':1}}"));
	}

	@Test
	void notOfAndIsShouldOfNegations() {
		assertThat(this.a.and(this.b).not().toJson()).isEqualTo(json("{'bool':{'should':["
				+ "{'bool':{'must_not':[{'term':{'f':'a'}}]}},{'bool':{'must_not':[{'term':{'f':'b'}}]}}]}}"));
	}

	@Test
	void notOfOrIsMustNotOfBoth() {
		assertThat(this.a.or(this.b).not().toJson())
			.isEqualTo(json("{'bool':{'must_not':[{'term':{'f':'a'}},{'term':{'f':'b'}}]}}"));
	}

	@Test
	void doubleNotIsOriginal() {
		assertThat(this.a.not().not()).isEqualTo(this.a);
	}

	@Test
	void notOfEmptyBoolIsMatchNone() {
		assertThat(Q.bool().not().toJson()).isEqualTo(json("{'match_none':{}}"));
	}

	@Test
	void matchAllIdentities() {
		assertThat(Q.matchAll().and(this.a)).isEqualTo(this.a);
		assertThat(this.a.and(Q.matchAll())).isEqualTo(this.a);
		assertThat(Q.matchAll().or(this.a)).isEqualTo(Q.matchAll());
		assertThat(this.a.or(Q.matchAll())).isEqualTo(Q.matchAll());
		assertThat(Q.matchAll().not()).isEqualTo(Q.matchNone());
	}

	@Test
	void matchNoneIdentities() {
		assertThat(Q.matchNone().and(this.a)).isEqualTo(Q.matchNone());
		assertThat(this.a.and(Q.matchNone())).isEqualTo(Q.matchNone());
		assertThat(Q.matchNone().or(this.a)).isEqualTo(this.a);
		assertThat(this.a.or(Q.matchNone())).isEqualTo(this.a);
		assertThat(Q.matchNone().not()).isEqualTo(Q.matchAll());
	}

	@Test
	void andOfBoolsUsesExplicitMinimumShouldMatch() {
		Bool left = Q.bool(Map.of("should", List.of(this.a, this.b, this.c), "minimum_should_match", 2));
		Bool right = Q.bool(Map.of("should", List.of(this.d)));
		// left keeps 2 of 3 optional; right's single should (effective 1) becomes a must
		assertThat(left.and(right).toJson()).isEqualTo(json("{'bool':{'must':[{'term':{'f':'d'}}],'should':["
				+ "{'term':{'f':'a'}},{'term':{'f':'b'}},{'term':{'f':'c'}}],'minimum_should_match':2}}"));
	}

	@Test
	void andOfBoolsMovesShouldIntoMustWhenNotMoreThanRequired() {
		Bool left = Q.bool(Map.of("should", List.of(this.a, this.b), "minimum_should_match", 2));
		assertThat(left.and(Q.bool(Map.of("must", List.of(this.c)))).toJson()).isEqualTo(
				json("{'bool':{'must':[{'term':{'f':'c'}},{'term':{'f':'a'}},{'term':{'f':'b'}}]}}"));
	}

	@Test
	void andOfBoolsWithMustOrFilterTreatsShouldAsOptional() {
		Bool left = Q.bool(Map.of("filter", List.of(this.a), "should", List.of(this.b)));
		Bool right = Q.bool(Map.of("must", List.of(this.c)));
		assertThat(left.and(right).toJson()).isEqualTo(json("{'bool':{'must':[{'term':{'f':'c'}}],"
				+ "'filter':[{'term':{'f':'a'}}],'should':[{'term':{'f':'b'}}],'minimum_should_match':0}}"));
	}

	@Test
	void andOfBoolsDropsMinimumShouldMatchWithoutShould() {
		Bool left = Q.bool(Map.of("must", List.of(this.a), "minimum_should_match", 1));
		Bool right = Q.bool(Map.of("must", List.of(this.b)));
		assertThat(left.and(right).toJson())
			.isEqualTo(json("{'bool':{'must':[{'term':{'f':'a'}},{'term':{'f':'b'}}]}}"));
	}

	@Test
	void andOfBoolsRefusesPercentageMinimumShouldMatch() {
		Bool left = Q.bool(Map.of("should", List.of(this.a), "minimum_should_match", "50%"));
		Bool right = Q.bool(Map.of("should", List.of(this.b), "minimum_should_match", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> left.and(right)).withMessageContaining("\"50%\"");
		assertThatIllegalArgumentException().isThrownBy(() -> right.and(left)).withMessageContaining("percentages");
	}

	@Test
	void andOfBoolsRefusesNegativeMinimumShouldMatch() {
		Bool left = Q.bool(Map.of("should", List.of(this.a), "minimum_should_match", -2));
		Bool right = Q.bool(Map.of("should", List.of(this.b), "minimum_should_match", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> left.and(right)).withMessageContaining("-2");
		assertThatIllegalArgumentException().isThrownBy(() -> right.and(left)).withMessageContaining("-2");
	}

	@Test
	void combiningLeavesOperandsUnchanged() {
		Query ab = this.a.or(this.b);
		String before = ab.toJson();
		ab.and(this.c);
		ab.or(this.c);
		ab.not();
		assertThat(ab.toJson()).isEqualTo(before);
	}

}
