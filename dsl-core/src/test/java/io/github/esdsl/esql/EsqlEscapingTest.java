package io.github.esdsl.esql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.esdsl.esql.Esql.E;
import static io.github.esdsl.esql.Esql.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Values and names cannot leave their literal or identifier, however hostile.
 */
class EsqlEscapingTest {

	@Test
	void stringLiteralEscapesBackslashQuoteNewlineCarriageReturnAndTab() {
		assertThat(Expression.literal("a\\b\"c\nd\re\tf").toString()).isEqualTo("\"a\\\\b\\\"c\\nd\\re\\tf\"");
	}

	@Test
	void quoteThenPipeCannotStartANewCommand() {
		Esql query = Esql.from("logs").where(E("user").eq("x\" | DROP secret | WHERE \"1\" == \"1"));
		assertThat(query.render())
			.isEqualTo("FROM logs\n| WHERE user == \"x\\\" | DROP secret | WHERE \\\"1\\\" == \\\"1\"");
		assertThat(query.render().lines()).hasSize(2);
	}

	@Test
	void newlineInAValueStaysOnTheLineOfItsCommand() {
		Esql query = Esql.row(named("a", "line1\n| DROP x\r\n| KEEP y"));
		assertThat(query.render()).isEqualTo("ROW a = \"line1\\n| DROP x\\r\\n| KEEP y\"");
		assertThat(query.render()).doesNotContain("\n");
	}

	@Test
	void trailingBackslashCannotEscapeTheClosingQuote() {
		assertThat(E("path").eq("C:\\dir\\").toString()).isEqualTo("path == \"C:\\\\dir\\\\\"");
	}

	@Test
	void unicodeIsWrittenAsIs() {
		assertThat(Esql.row(named("greeting", "héllo wörld ✓ 日本 \uD83D\uDE00")).render())
			.isEqualTo("ROW greeting = \"héllo wörld ✓ 日本 \uD83D\uDE00\"");
	}

	@Test
	void otherControlCharactersNeedNoEscape() {
		assertThat(Expression.literal("a\u0000b\u0007c\u001Fd").toString()).isEqualTo("\"a\u0000b\u0007c\u001Fd\"");
	}

	@Test
	void oneMegabyteOfQuotesAndBackslashesIsEscapedExactly() {
		String value = "\"\\".repeat(512 * 1024);
		String literal = Expression.literal(value).toString();
		assertThat(literal).hasSize(2 + 4 * 512 * 1024);
		assertThat(literal).startsWith("\"\\\"\\\\").endsWith("\\\"\\\\\"");
		assertThat(unescape(literal)).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "\\", "\\\"", "\" | DROP x", "x\" OR \"1\"==\"1", "\n| LIMIT 0", "`", "a`b",
			"\u2028\u2029", "\uD83D\uDE00\"" })
	void everyHostileValueRoundTripsThroughTheLiteral(String value) {
		assertThat(unescape(Expression.literal(value).toString())).isEqualTo(value);
		String call = F.concat(value).toString();
		assertThat(unescape(call.substring("CONCAT(".length(), call.length() - 1))).isEqualTo(value);
		String condition = E("a").ne(value).toString();
		assertThat(unescape(condition.substring("a != ".length()))).isEqualTo(value);
	}

	@Test
	void functionStringArgumentsAreValues() {
		assertThat(F.startsWith(E("name"), "Jo\", \"x").toString()).isEqualTo("STARTS_WITH(name, \"Jo\\\", \\\"x\")");
	}

	@Test
	void likePatternsAreEscaped() {
		assertThat(E("m").like("a\"b").toString()).isEqualTo("m LIKE \"a\\\"b\"");
		assertThat(E("m").rlike("a\\d+\n").toString()).isEqualTo("m RLIKE \"a\\\\d+\\n\"");
	}

	@Test
	void identifiersNeedingQuotesAreBacktickedWithBackticksDoubled() {
		assertThat(E("first name").toString()).isEqualTo("`first name`");
		assertThat(E("a`b").toString()).isEqualTo("`a``b`");
		assertThat(E("x` | DROP y | KEEP `z").toString()).isEqualTo("`x`` | DROP y | KEEP ``z`");
		assertThat(E("@timestamp").toString()).isEqualTo("@timestamp");
		assertThat(E("address.city").toString()).isEqualTo("address.city");
		assertThat(E("1st").toString()).isEqualTo("`1st`");
		assertThat(E("héllo").toString()).isEqualTo("`héllo`");
	}

	@Test
	void keepAndDropQuoteHostileNamesButKeepPlainPatterns() {
		assertThat(Esql.from("i").keep("a*", "b.*", "c d", "e*, f | DROP g").render())
			.isEqualTo("FROM i\n| KEEP a*, b.*, `c d`, `e*, f | DROP g`");
		assertThat(Esql.from("i").drop("x`y").render()).isEqualTo("FROM i\n| DROP `x``y`");
	}

	@Test
	void namedColumnsAndRenamesQuoteTheirNames() {
		assertThat(Esql.row(named("my col", 1)).render()).isEqualTo("ROW `my col` = 1");
		assertThat(Esql.from("i").rename("a b", "c`d").render()).isEqualTo("FROM i\n| RENAME `a b` AS `c``d`");
		assertThat(Esql.from("i").eval(E("x").as("new = 1 | DROP y")).render())
			.isEqualTo("FROM i\n| EVAL `new = 1 | DROP y` = x");
	}

	@Test
	void sortStringsQuoteTheColumnAndKeepTheOrderKeywords() {
		assertThat(Esql.from("i").sort("my field desc nulls last", "`q r` ASC").render())
			.isEqualTo("FROM i\n| SORT `my field` desc nulls last, `q r` ASC");
	}

	@Test
	void unsafeIndexNamesBecomeQuotedStrings() {
		assertThat(Esql.from("logs | DROP x").render()).isEqualTo("FROM \"logs | DROP x\"");
		assertThat(Esql.from("a\"b").render()).isEqualTo("FROM \"a\\\"b\"");
		assertThat(Esql.from("my index").metadata("_id", "_index").render())
			.isEqualTo("FROM \"my index\" METADATA _id, _index");
		assertThat(Esql.from("events").lookupJoin("x, y", "k").render())
			.isEqualTo("FROM events\n| LOOKUP JOIN \"x, y\" ON k");
	}

	@Test
	void policiesMethodsAndTypesMustBePlainWords() {
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.from("i").enrich("p | DROP x"))
			.withMessageContaining("Invalid enrich policy 'p | DROP x'");
		assertThatIllegalArgumentException().isThrownBy(() -> Esql.from("i").fuse("rrf WITH x"))
			.withMessageContaining("Invalid FUSE method");
		assertThatIllegalArgumentException().isThrownBy(() -> E("a").cast("int) | DROP x"))
			.withMessageContaining("Invalid ES|QL type");
		assertThatIllegalArgumentException().isThrownBy(() -> F.call("ABS(1) | DROP x", 1))
			.withMessageContaining("Invalid ES|QL function name");
	}

	@Test
	void valuesOfEveryKindBecomeLiterals() {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("fuzziness", 1);
		options.put("operator", "AND");
		assertThat(Expression.literal(null).toString()).isEqualTo("null");
		assertThat(Expression.literal(true).toString()).isEqualTo("true");
		assertThat(Expression.literal(42L).toString()).isEqualTo("42");
		assertThat(Expression.literal(2.5).toString()).isEqualTo("2.5");
		assertThat(Expression.literal(-3).toString()).isEqualTo("-3");
		assertThat(Expression.literal(new java.math.BigDecimal("1.50")).toString()).isEqualTo("1.50");
		assertThat(Expression.literal(Arrays.asList("a", null, 1)).toString()).isEqualTo("[\"a\", null, 1]");
		assertThat(Expression.literal(new int[] { 1, 2 }).toString()).isEqualTo("[1, 2]");
		assertThat(Expression.literal(options).toString()).isEqualTo("{\"fuzziness\": 1, \"operator\": \"AND\"}");
		assertThat(Expression.literal(Instant.parse("2024-01-02T03:04:05Z")).toString())
			.isEqualTo("\"2024-01-02T03:04:05Z\"");
		assertThat(Expression.literal(LocalDate.of(2024, 1, 2)).toString()).isEqualTo("\"2024-01-02\"");
		assertThat(Expression.literal(Thread.State.NEW).toString()).isEqualTo("\"NEW\"");
		UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
		assertThat(Expression.literal(id).toString()).isEqualTo("\"123e4567-e89b-12d3-a456-426614174000\"");
	}

	@Test
	void valuesWithoutALiteralAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Expression.literal(Double.NaN))
			.withMessage("ES|QL has no literal for NaN: use a finite number");
		assertThatIllegalArgumentException().isThrownBy(() -> Expression.literal(List.of(List.of(1))))
			.withMessageStartingWith("ES|QL has no nested lists");
		assertThatIllegalArgumentException().isThrownBy(() -> Expression.literal(new Object()))
			.withMessageStartingWith("Cannot write a java.lang.Object as an ES|QL value");
		assertThatIllegalArgumentException().isThrownBy(() -> Expression.literal(Map.of(1, 2)))
			.withMessage("ES|QL map keys must be strings, not 1");
	}

	/** Reads an ES|QL string literal back, following the ES|QL lexer's escape rules. */
	static String unescape(String literal) {
		assertThat(literal).startsWith("\"").endsWith("\"");
		StringBuilder out = new StringBuilder();
		for (int i = 1; i < literal.length() - 1; i++) {
			char c = literal.charAt(i);
			if (c == '"' || c == '\n' || c == '\r') {
				throw new AssertionError("raw quote, newline or CR at " + i + " of " + literal);
			}
			if (c == '\\') {
				char next = literal.charAt(++i);
				out.append(switch (next) {
					case 't' -> '\t';
					case 'n' -> '\n';
					case 'r' -> '\r';
					case '"' -> '"';
					case '\\' -> '\\';
					default -> throw new AssertionError("invalid escape \\" + next);
				});
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
