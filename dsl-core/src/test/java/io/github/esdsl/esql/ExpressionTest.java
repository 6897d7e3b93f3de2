package io.github.esdsl.esql;

import org.junit.jupiter.api.Test;

import static io.github.esdsl.esql.Esql.E;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Operators, precedence and the expression factories.
 */
class ExpressionTest {

	@Test
	void comparisonsTakeValuesAndExpressions() {
		assertThat(E("a").eq(1)).hasToString("a == 1");
		assertThat(E("a").ne("x")).hasToString("a != \"x\"");
		assertThat(E("a").lt(E("b"))).hasToString("a < b");
		assertThat(E("a").lte(2.5)).hasToString("a <= 2.5");
		assertThat(E("a").gt(null)).hasToString("a > null");
		assertThat(E("a").gte(true)).hasToString("a >= true");
	}

	@Test
	void arithmeticParenthesizesOnlyWherePrecedenceNeedsIt() {
		assertThat(E("a").plus(1).times(2)).hasToString("(a + 1) * 2");
		assertThat(E("a").times(E("b").plus(1))).hasToString("a * (b + 1)");
		assertThat(E("a").times(2).plus(1)).hasToString("a * 2 + 1");
		assertThat(E("a").plus(E("b").times(2))).hasToString("a + b * 2");
		assertThat(E("a").minus(E("b").minus(E("c")))).hasToString("a - (b - c)");
		assertThat(E("a").minus(E("b")).minus(E("c"))).hasToString("a - b - c");
		assertThat(E("a").div(E("b").times(E("c")))).hasToString("a / (b * c)");
		assertThat(E("a").mod(7)).hasToString("a % 7");
		assertThat(E("a").plus(1).negate()).hasToString("-(a + 1)");
		assertThat(E("a").times(-2)).hasToString("a * -2");
	}

	@Test
	void comparisonOperandsThatArePredicatesGetParentheses() {
		assertThat(E("a").plus(1).gt(E("b").times(2))).hasToString("a + 1 > b * 2");
		assertThat(E("a").gt(1).eq(true)).hasToString("(a > 1) == true");
		assertThat(E("a").eq(E("b").isNull())).hasToString("a == (b IS NULL)");
	}

	@Test
	void andOrNotParenthesizeAndChainFlat() {
		assertThat(E("a").gt(1).and(E("b").lt(2))).hasToString("(a > 1) AND (b < 2)");
		assertThat(E("a").gt(1).and(E("b").lt(2)).and(E("c").isNull()))
			.hasToString("(a > 1) AND (b < 2) AND (c IS NULL)");
		assertThat(E("a").eq(1).or(E("a").eq(2)).or(E("a").eq(3))).hasToString("(a == 1) OR (a == 2) OR (a == 3)");
		assertThat(E("a").eq(1).or(E("b").eq(2)).and(E("c").eq(3))).hasToString("((a == 1) OR (b == 2)) AND (c == 3)");
		assertThat(E("a").eq(1).not()).hasToString("NOT (a == 1)");
		assertThat(Esql.and(E("x"), Esql.or(E("y"), E("z")))).hasToString("(x) AND ((y) OR (z))");
	}

	@Test
	void severalWhereConditionsKeepTheirMeaning() {
		assertThat(Esql.from("i").where(E("a").eq(1).or(E("b").eq(2)), E("c").eq(3)).render())
			.isEqualTo("FROM i\n| WHERE ((a == 1) OR (b == 2)) AND c == 3");
		assertThat(Esql.from("i").where("a == 1 OR b == 2", "c == 3").render())
			.isEqualTo("FROM i\n| WHERE (a == 1 OR b == 2) AND (c == 3)");
		assertThat(Esql.from("i").where("a == 1 OR b == 2").render()).isEqualTo("FROM i\n| WHERE a == 1 OR b == 2");
	}

	@Test
	void predicates() {
		assertThat(E("a").in(1, "two", E("c"))).hasToString("a IN (1, \"two\", c)");
		assertThat(E("a").notIn(1, 2)).hasToString("a NOT IN (1, 2)");
		assertThat(E("a").notLike("x*")).hasToString("a NOT LIKE \"x*\"");
		assertThat(E("a").notRlike("x.*", "y")).hasToString("a NOT RLIKE (\"x.*\", \"y\")");
		assertThat(E("a").isNull()).hasToString("a IS NULL");
		assertThat(E("a").plus(1).isNotNull()).hasToString("a + 1 IS NOT NULL");
		assertThat(E("title").match("the \"best\"")).hasToString("title:\"the \\\"best\\\"\"");
	}

	@Test
	void castAndSortOrders() {
		assertThat(E("a").cast("integer")).hasToString("a::integer");
		assertThat(E("a").plus(1).cast("long")).hasToString("(a + 1)::long");
		assertThat(E("a").desc().nullsFirst()).hasToString("a DESC NULLS FIRST");
		assertThat(E("a").asc().nullsLast()).hasToString("a ASC NULLS LAST");
		assertThat(Esql.from("i").sort(E("a").desc(), F.length(E("b")).asc().nullsLast(), "c").render())
			.isEqualTo("FROM i\n| SORT a DESC, LENGTH(b) ASC NULLS LAST, c");
	}

	@Test
	void parametersTimespansRawAndColumns() {
		assertThat(E("a").eq(Expression.param("name"))).hasToString("a == ?name");
		assertThat(E("a").eq(Expression.param(2))).hasToString("a == ?2");
		assertThat(E("@timestamp").gt(F.now().minus(Expression.timespan(1, "hour"))))
			.hasToString("@timestamp > NOW() - 1 hour");
		assertThat(Expression.raw("a + b").times(2)).hasToString("(a + b) * 2");
		assertThat(Expression.raw("a").times(2)).hasToString("a * 2");
		assertThat(Expression.column("*")).hasToString("*");
		assertThat(E("first name").as("n")).isEqualTo(new Named("n", E("first name")));
	}

	@Test
	void aggregationFiltersWithOneOrSeveralConditions() {
		assertThat(F.avg(E("salary")).where(E("age").lt(30))).hasToString("AVG(salary) WHERE age < 30");
		assertThat(F.avg(E("salary")).where(E("age").lt(30), "dept == \"x\""))
			.hasToString("AVG(salary) WHERE (age < 30) AND (dept == \"x\")");
	}

	@Test
	void expressionsAreValuesComparedByText() {
		Expression base = E("a");
		Expression sum = base.plus(1);
		assertThat(base).hasToString("a");
		assertThat(sum).isEqualTo(E("a").plus(1)).hasSameHashCodeAs(E("a").plus(1)).isNotEqualTo(base);
	}

	@Test
	void badFactoryArgumentsAreRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> E(""))
			.withMessage("A column name must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> E(null))
			.withMessage("A column name must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> Expression.param("1x"))
			.withMessageStartingWith("Invalid parameter name '1x'");
		assertThatIllegalArgumentException().isThrownBy(() -> Expression.param(0))
			.withMessage("Parameter positions start at 1, not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> Expression.timespan(1, "hour; DROP"))
			.withMessageStartingWith("Invalid time unit 'hour; DROP'");
		assertThatIllegalArgumentException().isThrownBy(() -> Expression.raw(" "))
			.withMessage("An ES|QL expression must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> E("a").in())
			.withMessage("IN needs at least one value");
		assertThatIllegalArgumentException().isThrownBy(() -> E("a").like())
			.withMessage("LIKE needs at least one pattern");
		assertThatIllegalArgumentException().isThrownBy(() -> new Named("", 1))
			.withMessage("A named column needs a name, not \"\"");
	}

}
