package io.github.esdsl.esql;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static io.github.esdsl.esql.Esql.E;
import static io.github.esdsl.esql.Esql.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases of the Python client's {@code test_esql.py}, with the Python call in a comment and
 * the exact expected text.
 */
class PythonEsqlCasesTest {

	@Test
	void fromRendersIndicesPatternsClustersDateMathAndMetadata() {
		assertThat(Esql.from("employees").render()).isEqualTo("FROM employees");
		assertThat(Esql.from("<logs-{now/d}>").render()).isEqualTo("FROM <logs-{now/d}>");
		assertThat(Esql.from("employees-00001", "other-employees-*").render())
			.isEqualTo("FROM employees-00001, other-employees-*");
		assertThat(Esql.from("cluster_one:employees-00001", "cluster_two:other-employees-*").render())
			.isEqualTo("FROM cluster_one:employees-00001, cluster_two:other-employees-*");
		assertThat(Esql.from("employees").metadata("_id").render()).isEqualTo("FROM employees METADATA _id");
	}

	@Test
	void rowRendersLiteralsListsAndFunctions() {
		// ESQL.row(a=1, b="two", c=None)
		assertThat(Esql.row(named("a", 1), named("b", "two"), named("c", null)).render())
			.isEqualTo("ROW a = 1, b = \"two\", c = null");
		assertThat(Esql.row(named("a", List.of(2, 1))).render()).isEqualTo("ROW a = [2, 1]");
		assertThat(Esql.row(named("a", F.round(1.23, 0))).render()).isEqualTo("ROW a = ROUND(1.23, 0)");
	}

	@Test
	void showRendersInfo() {
		assertThat(Esql.show("INFO").render()).isEqualTo("SHOW INFO");
		assertThat(Esql.showInfo().render()).isEqualTo("SHOW INFO");
	}

	@Test
	void changePointAfterMvExpandAndCase() {
		Esql query = Esql.row(named("key", IntStream.rangeClosed(1, 25).boxed().toList()))
			.mvExpand("key")
			.eval(F.caseWhen(E("key").lt(13), 0, 42).as("value"))
			.changePoint("value")
			.on("key")
			.where("type IS NOT NULL");
		assertThat(query.render()).isEqualTo("""
				ROW key = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]
				| MV_EXPAND key
				| EVAL value = CASE(key < 13, 0, 42)
				| CHANGE_POINT value ON key
				| WHERE type IS NOT NULL""");
	}

	@Test
	void dissectQuotesThePattern() {
		Esql query = Esql.row(named("a", "2023-01-23T12:15:00.000Z - some text - 127.0.0.1"))
			.dissect("a", "%{date} - %{msg} - %{ip}")
			.keep("date", "msg", "ip");
		assertThat(query.render()).isEqualTo("""
				ROW a = "2023-01-23T12:15:00.000Z - some text - 127.0.0.1"
				| DISSECT a "%{date} - %{msg} - %{ip}"
				| KEEP date, msg, ip""");
	}

	@Test
	void dropTakesColumnsAndPatterns() {
		assertThat(Esql.from("employees").drop("height").render()).isEqualTo("FROM employees\n| DROP height");
		assertThat(Esql.from("employees").drop("height*").render()).isEqualTo("FROM employees\n| DROP height*");
	}

	@Test
	void enrichWithOnAndRenamedField() {
		Esql base = Esql.row(named("language_code", "1"));
		assertThat(base.enrich("languages_policy").render())
			.isEqualTo("ROW language_code = \"1\"\n| ENRICH languages_policy");
		assertThat(base.enrich("languages_policy").on("a").render())
			.isEqualTo("ROW language_code = \"1\"\n| ENRICH languages_policy ON a");
		// .enrich("languages_policy").on("a").with_(name="language_name")
		assertThat(base.enrich("languages_policy").on("a").with(named("name", "language_name")).render())
			.isEqualTo("ROW language_code = \"1\"\n| ENRICH languages_policy ON a WITH name = language_name");
	}

	@Test
	void evalNamedUnnamedAndQuotedColumn() {
		Esql base = Esql.from("employees").sort("emp_no").keep("first_name", "last_name", "height");
		// .eval(height_feet=E("height") * 3.281, height_cm=E("height") * 100)
		assertThat(base.eval(E("height").times(3.281).as("height_feet"), E("height").times(100).as("height_cm"))
			.render()).isEqualTo("""
					FROM employees
					| SORT emp_no
					| KEEP first_name, last_name, height
					| EVAL height_feet = height * 3.281, height_cm = height * 100""");
		assertThat(base.eval(E("height").times(3.281)).render()).isEqualTo("""
				FROM employees
				| SORT emp_no
				| KEEP first_name, last_name, height
				| EVAL height * 3.281""");
		// .eval("height * 3.281").stats(avg_height_feet=functions.avg(E("`height * 3.281`")))
		assertThat(Esql.from("employees")
			.eval("height * 3.281")
			.stats(F.avg(E("height * 3.281")).as("avg_height_feet"))
			.render()).isEqualTo("""
					FROM employees
					| EVAL height * 3.281
					| STATS avg_height_feet = AVG(`height * 3.281`)""");
	}

	@Test
	void forkRendersBranchesOnAlignedLines() {
		Esql query = Esql.from("employees")
			.fork(Esql.branch().where(E("emp_no").eq(10001)), Esql.branch().where("emp_no == 10002"))
			.keep("emp_no", "_fork")
			.sort("emp_no");
		assertThat(query.render()).isEqualTo("""
				FROM employees
				| FORK ( WHERE emp_no == 10001 )
				       ( WHERE emp_no == 10002 )
				| KEEP emp_no, _fork
				| SORT emp_no""");
	}

	@Test
	void grokQuotesThePattern() {
		Esql base = Esql.row(named("a", "2023-01-23T12:15:00.000Z 127.0.0.1 some.email@foo.com 42"));
		assertThat(base.grok("a", "%{TIMESTAMP_ISO8601:date} %{IP:ip} %{EMAILADDRESS:email} %{NUMBER:num}")
			.keep("date", "ip", "email", "num")
			.render()).isEqualTo("""
					ROW a = "2023-01-23T12:15:00.000Z 127.0.0.1 some.email@foo.com 42"
					| GROK a "%{TIMESTAMP_ISO8601:date} %{IP:ip} %{EMAILADDRESS:email} %{NUMBER:num}"
					| KEEP date, ip, email, num""");
		assertThat(base.grok("a", "%{TIMESTAMP_ISO8601:date} %{IP:ip} %{EMAILADDRESS:email} %{NUMBER:num:int}")
			.keep("date", "ip", "email", "num")
			.eval(F.toDatetime(E("date")).as("date"))
			.render()).isEqualTo("""
					ROW a = "2023-01-23T12:15:00.000Z 127.0.0.1 some.email@foo.com 42"
					| GROK a "%{TIMESTAMP_ISO8601:date} %{IP:ip} %{EMAILADDRESS:email} %{NUMBER:num:int}"
					| KEEP date, ip, email, num
					| EVAL date = TO_DATETIME(date)""");
		assertThat(Esql.from("addresses")
			.keep("city.name", "zip_code")
			.grok("zip_code", "%{WORD:zip_parts} %{WORD:zip_parts}")
			.render()).isEqualTo("""
					FROM addresses
					| KEEP city.name, zip_code
					| GROK zip_code "%{WORD:zip_parts} %{WORD:zip_parts}\"""");
	}

	@Test
	void keepTakesColumnsAndPatterns() {
		assertThat(Esql.from("employees").keep("emp_no", "first_name", "last_name", "height").render())
			.isEqualTo("FROM employees\n| KEEP emp_no, first_name, last_name, height");
		assertThat(Esql.from("employees").keep("h*").render()).isEqualTo("FROM employees\n| KEEP h*");
		assertThat(Esql.from("employees").keep("*", "first_name").render())
			.isEqualTo("FROM employees\n| KEEP *, first_name");
	}

	@Test
	void limitAfterWhereAndStats() {
		assertThat(Esql.from("index").where(E("field").eq("value")).limit(1000).render())
			.isEqualTo("FROM index\n| WHERE field == \"value\"\n| LIMIT 1000");
		assertThat(Esql.from("index").stats(F.avg(E("field1"))).by("field2").limit(20000).render())
			.isEqualTo("FROM index\n| STATS AVG(field1)\n        BY field2\n| LIMIT 20000");
	}

	@Test
	void lookupJoinOnAField() {
		assertThat(Esql.from("firewall_logs")
			.lookupJoin("threat_list", "source.IP")
			.where("threat_level IS NOT NULL")
			.render()).isEqualTo("""
					FROM firewall_logs
					| LOOKUP JOIN threat_list ON source.IP
					| WHERE threat_level IS NOT NULL""");
		assertThat(Esql.from("system_metrics")
			.lookupJoin("host_inventory", "host.name")
			.lookupJoin("ownerships", "host.name")
			.render()).isEqualTo("""
					FROM system_metrics
					| LOOKUP JOIN host_inventory ON host.name
					| LOOKUP JOIN ownerships ON host.name""");
		assertThat(Esql.from("app_logs").lookupJoin("service_owners", "service_id").render())
			.isEqualTo("FROM app_logs\n| LOOKUP JOIN service_owners ON service_id");
		// .eval(language_code="languages").where(E("emp_no") >= 10091, E("emp_no") < 10094)
		assertThat(Esql.from("employees")
			.eval(named("language_code", "languages"))
			.where(E("emp_no").gte(10091), E("emp_no").lt(10094))
			.lookupJoin("languages_lookup", "language_code")
			.render()).isEqualTo("""
					FROM employees
					| EVAL language_code = languages
					| WHERE emp_no >= 10091 AND emp_no < 10094
					| LOOKUP JOIN languages_lookup ON language_code""");
	}

	@Test
	void mvExpandAfterRowWithLists() {
		assertThat(Esql.row(named("a", List.of(1, 2, 3)), named("b", "b"), named("j", List.of("a", "b")))
			.mvExpand("a")
			.render()).isEqualTo("ROW a = [1, 2, 3], b = \"b\", j = [\"a\", \"b\"]\n| MV_EXPAND a");
	}

	@Test
	void renameWithAs() {
		assertThat(Esql.from("employees")
			.keep("first_name", "last_name", "still_hired")
			.rename("still_hired", "employed")
			.render()).isEqualTo("""
					FROM employees
					| KEEP first_name, last_name, still_hired
					| RENAME still_hired AS employed""");
	}

	@Test
	void sampleWithProbability() {
		assertThat(Esql.from("employees").keep("emp_no").sample(0.05).render())
			.isEqualTo("FROM employees\n| KEEP emp_no\n| SAMPLE 0.05");
	}

	@Test
	void sortWithOrderAndNulls() {
		Esql base = Esql.from("employees").keep("first_name", "last_name", "height");
		String prefix = "FROM employees\n| KEEP first_name, last_name, height\n| ";
		assertThat(base.sort("height").render()).isEqualTo(prefix + "SORT height");
		assertThat(base.sort("height DESC").render()).isEqualTo(prefix + "SORT height DESC");
		assertThat(base.sort("height DESC", "first_name ASC").render())
			.isEqualTo(prefix + "SORT height DESC, first_name ASC");
		assertThat(base.sort("first_name ASC NULLS FIRST").render()).isEqualTo(prefix + "SORT first_name ASC NULLS FIRST");
	}

	@Test
	void statsNamedFilteredGroupedAndUnnamed() {
		assertThat(Esql.from("employees").stats(F.count(E("emp_no")).as("count")).by("languages").sort("languages")
			.render()).isEqualTo("""
					FROM employees
					| STATS count = COUNT(emp_no)
					        BY languages
					| SORT languages""");
		assertThat(Esql.from("employees").stats(F.avg(E("languages")).as("avg_lang")).render())
			.isEqualTo("FROM employees\n| STATS avg_lang = AVG(languages)");
		assertThat(Esql.from("employees")
			.stats(F.avg(E("languages")).as("avg_lang"), F.max(E("languages")).as("max_lang"))
			.render()).isEqualTo("""
					FROM employees
					| STATS avg_lang = AVG(languages),
					        max_lang = MAX(languages)""");
		assertThat(Esql.from("employees")
			.stats(F.avg(E("salary")).where("birth_date < \"1960-01-01\"").as("avg50s"),
					F.avg(E("salary")).where("birth_date >= \"1960-01-01\"").as("avg60s"))
			.by("gender")
			.sort("gender")
			.render()).isEqualTo("""
					FROM employees
					| STATS avg50s = AVG(salary) WHERE birth_date < "1960-01-01",
					        avg60s = AVG(salary) WHERE birth_date >= "1960-01-01"
					        BY gender
					| SORT gender""");
		assertThat(Esql.from("employees")
			.eval(named("Ks", "salary / 1000"))
			.stats(F.count(E("*")).where("Ks < 40").as("under_40K"),
					F.count(E("*")).where("40 <= Ks", "Ks < 60").as("inbetween"),
					F.count(E("*")).where("60 <= Ks").as("over_60K"), F.count(E("*")).as("total"))
			.render()).isEqualTo("""
					FROM employees
					| EVAL Ks = salary / 1000
					| STATS under_40K = COUNT(*) WHERE Ks < 40,
					        inbetween = COUNT(*) WHERE (40 <= Ks) AND (Ks < 60),
					        over_60K = COUNT(*) WHERE 60 <= Ks,
					        total = COUNT(*)""");
		assertThat(Esql.row(named("i", 1), named("a", List.of("a", "b"))).stats(F.min(E("i"))).by("a").sort("a ASC")
			.render()).isEqualTo("ROW i = 1, a = [\"a\", \"b\"]\n| STATS MIN(i)\n        BY a\n| SORT a ASC");
		// .eval(hired=functions.date_format(E("hire_date"), "yyyy"))
		assertThat(Esql.from("employees")
			.eval(F.dateFormat("yyyy", E("hire_date")).as("hired"))
			.stats(F.avg(E("salary")).as("avg_salary"))
			.by("hired", "languages.long")
			.eval(F.round(E("avg_salary")).as("avg_salary"))
			.sort("hired", "languages.long")
			.render()).isEqualTo("""
					FROM employees
					| EVAL hired = DATE_FORMAT("yyyy", hire_date)
					| STATS avg_salary = AVG(salary)
					        BY hired, languages.long
					| EVAL avg_salary = ROUND(avg_salary)
					| SORT hired, languages.long""");
	}

	@Test
	void whereWithSourceText() {
		assertThat(Esql.from("employees").keep("first_name", "last_name", "still_hired").where("still_hired == true")
			.render()).isEqualTo("FROM employees\n| KEEP first_name, last_name, still_hired\n| WHERE still_hired == true");
		assertThat(Esql.from("sample_data").where("@timestamp > NOW() - 1 hour").render())
			.isEqualTo("FROM sample_data\n| WHERE @timestamp > NOW() - 1 hour");
		assertThat(Esql.from("employees").keep("first_name", "last_name", "height").where("LENGTH(first_name) < 4")
			.render()).isEqualTo("FROM employees\n| KEEP first_name, last_name, height\n| WHERE LENGTH(first_name) < 4");
	}

	@Test
	void andOrNotParenthesizeEachOperand() {
		assertThat(Esql.from("index").where(Esql.and(E("age").gt(30), E("age").lt(40), E("name").isNotNull())).render())
			.isEqualTo("FROM index\n| WHERE (age > 30) AND (age < 40) AND (name IS NOT NULL)");
		assertThat(Esql.from("index").where(Esql.or(E("age").lt(30), E("age").gt(40), E("name").isNull())).render())
			.isEqualTo("FROM index\n| WHERE (age < 30) OR (age > 40) OR (name IS NULL)");
		assertThat(Esql.from("index").where(Esql.not(E("age").gt(40))).render())
			.isEqualTo("FROM index\n| WHERE NOT (age > 40)");
	}

	@Test
	void inTakesValuesAndExpressions() {
		// (E("c") - E("a")).in_(3, E("b") / 2, "a"): in Java a string is a value, so the column is E("a")
		assertThat(Esql.row(named("a", 1), named("b", 4), named("c", 3))
			.where(E("c").minus(E("a")).in(3, E("b").div(2), E("a")))
			.render()).isEqualTo("ROW a = 1, b = 4, c = 3\n| WHERE c - a IN (3, b / 2, a)");
	}

	@Test
	void likeQuotesAndEscapesPatterns() {
		assertThat(Esql.from("employees").where(E("first_name").like("?b*")).keep("first_name", "last_name").render())
			.isEqualTo("FROM employees\n| WHERE first_name LIKE \"?b*\"\n| KEEP first_name, last_name");
		assertThat(Esql.row(named("message", "foo * bar")).where(E("message").like("foo \\* bar")).render())
			.isEqualTo("ROW message = \"foo * bar\"\n| WHERE message LIKE \"foo \\\\* bar\"");
		assertThat(Esql.row(named("message", "foobar")).where(E("message").like("foo*", "bar?")).render())
			.isEqualTo("ROW message = \"foobar\"\n| WHERE message LIKE (\"foo*\", \"bar?\")");
	}

	@Test
	void rlikeQuotesAndEscapesPatterns() {
		assertThat(Esql.from("employees").where(E("first_name").rlike(".leja*")).keep("first_name", "last_name")
			.render()).isEqualTo("FROM employees\n| WHERE first_name RLIKE \".leja*\"\n| KEEP first_name, last_name");
		assertThat(Esql.row(named("message", "foo ( bar")).where(E("message").rlike("foo \\( bar")).render())
			.isEqualTo("ROW message = \"foo ( bar\"\n| WHERE message RLIKE \"foo \\\\( bar\"");
		assertThat(Esql.row(named("message", "foobar")).where(E("message").rlike("foo.*", "bar.")).render())
			.isEqualTo("ROW message = \"foobar\"\n| WHERE message RLIKE (\"foo.*\", \"bar.\")");
	}

	@Test
	void matchOperator() {
		assertThat(Esql.from("books").where(E("author").match("Faulkner")).render())
			.isEqualTo("FROM books\n| WHERE author:\"Faulkner\"");
	}

}
