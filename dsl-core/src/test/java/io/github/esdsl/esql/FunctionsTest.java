package io.github.esdsl.esql;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.esdsl.esql.Esql.E;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every function of {@link F} against the exact text it writes.
 */
class FunctionsTest {

	static Stream<Arguments> functions() {
		Expression s = E("s");
		Expression n = E("n");
		Expression d = E("d");
		return Stream.of(arguments(F.concat(s, " ", E("t")), "CONCAT(s, \" \", t)"),
				arguments(F.length(s), "LENGTH(s)"), arguments(F.toLower(s), "TO_LOWER(s)"),
				arguments(F.toUpper(s), "TO_UPPER(s)"), arguments(F.substring(s, 2), "SUBSTRING(s, 2)"),
				arguments(F.substring(s, 2, 3), "SUBSTRING(s, 2, 3)"), arguments(F.trim(s), "TRIM(s)"),
				arguments(F.ltrim(s), "LTRIM(s)"), arguments(F.rtrim(s), "RTRIM(s)"),
				arguments(F.startsWith(s, "a"), "STARTS_WITH(s, \"a\")"),
				arguments(F.endsWith(s, "z"), "ENDS_WITH(s, \"z\")"), arguments(F.left(s, 3), "LEFT(s, 3)"),
				arguments(F.right(s, 3), "RIGHT(s, 3)"),
				arguments(F.replace(s, "\\d+", "#"), "REPLACE(s, \"\\\\d+\", \"#\")"),
				arguments(F.split(s, ","), "SPLIT(s, \",\")"), arguments(F.locate(s, "x"), "LOCATE(s, \"x\")"),
				arguments(F.repeat(s, 2), "REPEAT(s, 2)"), arguments(F.reverse(s), "REVERSE(s)"),
				arguments(F.abs(n), "ABS(n)"), arguments(F.ceil(n), "CEIL(n)"), arguments(F.floor(n), "FLOOR(n)"),
				arguments(F.round(n), "ROUND(n)"), arguments(F.round(n, 2), "ROUND(n, 2)"),
				arguments(F.pow(n, 2), "POW(n, 2)"), arguments(F.sqrt(n), "SQRT(n)"),
				arguments(F.log10(n), "LOG10(n)"), arguments(F.log(2, n), "LOG(2, n)"), arguments(F.exp(n), "EXP(n)"),
				arguments(F.signum(n), "SIGNUM(n)"), arguments(F.pi(), "PI()"), arguments(F.e(), "E()"),
				arguments(F.caseWhen(n.gt(0), "pos", n.lt(0), "neg", "zero"),
						"CASE(n > 0, \"pos\", n < 0, \"neg\", \"zero\")"),
				arguments(F.coalesce(s, "none"), "COALESCE(s, \"none\")"),
				arguments(F.greatest(n, E("m"), 0), "GREATEST(n, m, 0)"), arguments(F.least(n, 10), "LEAST(n, 10)"),
				arguments(F.now(), "NOW()"),
				arguments(F.dateTrunc(Expression.timespan(1, "year"), d), "DATE_TRUNC(1 year, d)"),
				arguments(F.dateExtract("year", d), "DATE_EXTRACT(\"year\", d)"),
				arguments(F.dateFormat(d), "DATE_FORMAT(d)"),
				arguments(F.dateFormat("yyyy-MM-dd", d), "DATE_FORMAT(\"yyyy-MM-dd\", d)"),
				arguments(F.dateParse("yyyy-MM-dd", s), "DATE_PARSE(\"yyyy-MM-dd\", s)"),
				arguments(F.dateDiff("day", d, F.now()), "DATE_DIFF(\"day\", d, NOW())"),
				arguments(F.toString(n), "TO_STRING(n)"), arguments(F.toInteger(s), "TO_INTEGER(s)"),
				arguments(F.toLong(s), "TO_LONG(s)"), arguments(F.toDouble(s), "TO_DOUBLE(s)"),
				arguments(F.toBoolean(s), "TO_BOOLEAN(s)"), arguments(F.toDatetime(s), "TO_DATETIME(s)"),
				arguments(F.toIp(s), "TO_IP(s)"), arguments(F.toVersion(s), "TO_VERSION(s)"),
				arguments(F.cidrMatch(E("ip"), "10.0.0.0/8", "192.168.0.0/16"),
						"CIDR_MATCH(ip, \"10.0.0.0/8\", \"192.168.0.0/16\")"),
				arguments(F.mvCount(s), "MV_COUNT(s)"), arguments(F.mvFirst(s), "MV_FIRST(s)"),
				arguments(F.mvLast(s), "MV_LAST(s)"), arguments(F.mvMin(n), "MV_MIN(n)"),
				arguments(F.mvMax(n), "MV_MAX(n)"), arguments(F.mvSum(n), "MV_SUM(n)"),
				arguments(F.mvAvg(n), "MV_AVG(n)"), arguments(F.mvMedian(n), "MV_MEDIAN(n)"),
				arguments(F.mvConcat(s, ", "), "MV_CONCAT(s, \", \")"), arguments(F.mvDedupe(s), "MV_DEDUPE(s)"),
				arguments(F.mvSlice(s, 0, 1), "MV_SLICE(s, 0, 1)"), arguments(F.mvSort(s), "MV_SORT(s)"),
				arguments(F.mvSort(s, "DESC"), "MV_SORT(s, \"DESC\")"), arguments(F.avg(n), "AVG(n)"),
				arguments(F.count(), "COUNT(*)"), arguments(F.count(n), "COUNT(n)"),
				arguments(F.countDistinct(s), "COUNT_DISTINCT(s)"),
				arguments(F.countDistinct(s, 3000), "COUNT_DISTINCT(s, 3000)"), arguments(F.max(n), "MAX(n)"),
				arguments(F.min(n), "MIN(n)"), arguments(F.sum(n), "SUM(n)"), arguments(F.median(n), "MEDIAN(n)"),
				arguments(F.medianAbsoluteDeviation(n), "MEDIAN_ABSOLUTE_DEVIATION(n)"),
				arguments(F.percentile(n, 95), "PERCENTILE(n, 95)"), arguments(F.stdDev(n), "STD_DEV(n)"),
				arguments(F.values(s), "VALUES(s)"), arguments(F.top(n, 3, "desc"), "TOP(n, 3, \"desc\")"),
				arguments(F.weightedAvg(n, E("w")), "WEIGHTED_AVG(n, w)"),
				arguments(F.bucket(d, Expression.timespan(1, "month")), "BUCKET(d, 1 month)"),
				arguments(F.bucket(n, 20, 0, 100), "BUCKET(n, 20, 0, 100)"),
				arguments(F.match(E("title"), "java"), "MATCH(title, \"java\")"),
				arguments(F.match(E("title"), "java", Map.of("fuzziness", 1)),
						"MATCH(title, \"java\", {\"fuzziness\": 1})"),
				arguments(F.matchPhrase(E("title"), "hello world"), "MATCH_PHRASE(title, \"hello world\")"),
				arguments(F.multiMatch("java", E("title"), E("body")), "MULTI_MATCH(\"java\", title, body)"),
				arguments(F.qstr("title:java AND year:2024"), "QSTR(\"title:java AND year:2024\")"),
				arguments(F.kql("title: java"), "KQL(\"title: java\")"),
				arguments(F.knn(E("vector"), List.of(0.5, 1.0)), "KNN(vector, [0.5, 1.0])"),
				arguments(F.call("HASH", "sha256", s), "HASH(\"sha256\", s)"),
				arguments(F.round(E("height").times(100)), "ROUND(height * 100)"),
				arguments(F.abs(E("a").minus(E("b"))), "ABS(a - b)"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("functions")
	void functionWritesItsNameAndArguments(Expression function, String expected) {
		assertThat(function).hasToString(expected);
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("functions")
	void aFunctionCallIsOneOperand(Expression function, String expected) {
		assertThat(function.times(2)).hasToString(expected + " * 2");
	}

}
