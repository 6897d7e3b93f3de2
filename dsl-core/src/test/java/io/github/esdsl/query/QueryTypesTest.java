package io.github.esdsl.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One typed factory per query type of the Python DSL, with its exact JSON, and the raw form
 * parsed back to an equal query.
 */
class QueryTypesTest {

	private static final Query T = Q.term("f", 1);

	private static final Query S = Q.spanTerm("body", "fox");

	static Stream<Arguments> everyType() {
		return Stream.of(
				type("bool", Q.bool(Map.of("must", T)), "{'bool':{'must':[{'term':{'f':1}}]}}"),
				type("boosting", Q.boosting(T, Q.term("g", 2), 0.5),
						"{'boosting':{'positive':{'term':{'f':1}},'negative':{'term':{'g':2}},'negative_boost':0.5}}"),
				type("combined_fields", Q.combinedFields("database systems", "title", "abstract"),
						"{'combined_fields':{'query':'database systems','fields':['title','abstract']}}"),
				type("common", Q.common("body", "this is bonsai cool", Map.of("cutoff_frequency", 0.001)),
						"{'common':{'body':{'query':'this is bonsai cool','cutoff_frequency':0.001}}}"),
				type("constant_score", Q.constantScore(T, Map.of("boost", 1.2)),
						"{'constant_score':{'filter':{'term':{'f':1}},'boost':1.2}}"),
				type("dis_max", Q.disMax(List.of(T, Q.term("g", 2)), Map.of("tie_breaker", 0.7)),
						"{'dis_max':{'queries':[{'term':{'f':1}},{'term':{'g':2}}],'tie_breaker':0.7}}"),
				type("distance_feature", Q.distanceFeature("production_date", "now", "7d"),
						"{'distance_feature':{'field':'production_date','origin':'now','pivot':'7d'}}"),
				type("exists", Q.exists("user"), "{'exists':{'field':'user'}}"),
				type("function_score", Q.functionScore(T, SF.randomScore()),
						"{'function_score':{'query':{'term':{'f':1}},'functions':[{'random_score':{}}]}}"),
				type("fuzzy", Q.fuzzy("user.id", "ki", Map.of("fuzziness", "AUTO")),
						"{'fuzzy':{'user.id':{'value':'ki','fuzziness':'AUTO'}}}"),
				type("geo_bounding_box", Q.geoBoundingBox("pin.location", Map.of("wkt", "BBOX (-74.1, -71.12, 40.73, 40.01)")),
						"{'geo_bounding_box':{'pin.location':{'wkt':'BBOX (-74.1, -71.12, 40.73, 40.01)'}}}"),
				type("geo_distance", Q.geoDistance("pin.location", Map.of("lat", 40), "200km"),
						"{'geo_distance':{'distance':'200km','pin.location':{'lat':40}}}"),
				type("geo_grid", Q.geoGrid("location", Map.of("geohash", "u0")), "{'geo_grid':{'location':{'geohash':'u0'}}}"),
				type("geo_polygon", Q.geoPolygon("person.location", List.of("drn5x1g8cu2y", "30, -80")),
						"{'geo_polygon':{'person.location':{'points':['drn5x1g8cu2y','30, -80']}}}"),
				type("geo_shape", Q.geoShape("location", Map.of("relation", "within")),
						"{'geo_shape':{'location':{'relation':'within'}}}"),
				type("has_child", Q.hasChild("child", Q.matchAll(), Map.of("score_mode", "min")),
						"{'has_child':{'type':'child','query':{'match_all':{}},'score_mode':'min'}}"),
				type("has_parent", Q.hasParent("parent", T),
						"{'has_parent':{'parent_type':'parent','query':{'term':{'f':1}}}}"),
				type("ids", Q.ids("1", "4", "100"), "{'ids':{'values':['1','4','100']}}"),
				type("intervals", Q.intervals("my_text", Map.of("match", Map.of("query", "my favorite food"))),
						"{'intervals':{'my_text':{'match':{'query':'my favorite food'}}}}"),
				type("knn", Q.knn("image-vector", List.of(-5, 9, -12), Map.of("num_candidates", 10)),
						"{'knn':{'field':'image-vector','query_vector':[-5,9,-12],'num_candidates':10}}"),
				type("match", Q.match("title", "python"), "{'match':{'title':'python'}}"),
				type("match_all", Q.matchAll(), "{'match_all':{}}"),
				type("match_bool_prefix", Q.matchBoolPrefix("message", "quick brown f"),
						"{'match_bool_prefix':{'message':'quick brown f'}}"),
				type("match_none", Q.matchNone(), "{'match_none':{}}"),
				type("match_phrase", Q.matchPhrase("message", "this is a test", Map.of("slop", 2)),
						"{'match_phrase':{'message':{'query':'this is a test','slop':2}}}"),
				type("match_phrase_prefix", Q.matchPhrasePrefix("message", "quick brown f"),
						"{'match_phrase_prefix':{'message':'quick brown f'}}"),
				type("more_like_this", Q.moreLikeThis("Once upon a time", Map.of("fields", List.of("title"))),
						"{'more_like_this':{'like':'Once upon a time','fields':['title']}}"),
				type("multi_match", Q.multiMatch("python django", "title", "body"),
						"{'multi_match':{'query':'python django','fields':['title','body']}}"),
				type("nested", Q.nested("comments", Q.match("comments.author", "honza")),
						"{'nested':{'path':'comments','query':{'match':{'comments.author':'honza'}}}}"),
				type("parent_id", Q.parentId("my-child", "1"), "{'parent_id':{'type':'my-child','id':'1'}}"),
				type("percolate", Q.percolate("query", Map.of("message", "A new bonsai tree")),
						"{'percolate':{'field':'query','document':{'message':'A new bonsai tree'}}}"),
				type("pinned", Q.pinned(T, List.of("1", "4")),
						"{'pinned':{'organic':{'term':{'f':1}},'ids':['1','4']}}"),
				type("prefix", Q.prefix("user.id", "ki"), "{'prefix':{'user.id':'ki'}}"),
				type("query_string", Q.queryString("(new york city) OR (big apple)", Map.of("default_field", "content")),
						"{'query_string':{'query':'(new york city) OR (big apple)','default_field':'content'}}"),
				type("range", Q.range("age", Map.of("gte", 10)), "{'range':{'age':{'gte':10}}}"),
				type("rank_feature", Q.rankFeature("pagerank", Map.of("saturation", Map.of("pivot", 8))),
						"{'rank_feature':{'field':'pagerank','saturation':{'pivot':8}}}"),
				type("regexp", Q.regexp("user.id", "k.*y"), "{'regexp':{'user.id':'k.*y'}}"),
				type("rule", Q.rule(List.of("my-ruleset"), Map.of("user_query", "pugs"), T),
						"{'rule':{'ruleset_ids':['my-ruleset'],'match_criteria':{'user_query':'pugs'},'organic':{'term':{'f':1}}}}"),
				type("script", Q.script(Map.of("source", "doc['num1'].value > 1")),
						"{'script':{'script':{'source':'doc[\\u0027num1\\u0027].value > 1'}}}"),
				type("script_score", Q.scriptScore(Q.matchAll(), Map.of("source", "_score")),
						"{'script_score':{'query':{'match_all':{}},'script':{'source':'_score'}}}"),
				type("semantic", Q.semantic("inference_field", "Best surfing places"),
						"{'semantic':{'field':'inference_field','query':'Best surfing places'}}"),
				type("shape", Q.shape("geometry", Map.of("relation", "within")), "{'shape':{'geometry':{'relation':'within'}}}"),
				type("simple_query_string", Q.simpleQueryString("\"fried eggs\" +eggplant"),
						"{'simple_query_string':{'query':'\\\"fried eggs\\\" +eggplant'}}"),
				type("span_containing", Q.spanContaining(S, Q.spanNear(S, Q.spanTerm("body", "dog"))),
						"{'span_containing':{'little':{'span_term':{'body':'fox'}},'big':{'span_near':{'clauses':[{'span_term':{'body':'fox'}},{'span_term':{'body':'dog'}}]}}}}"),
				type("span_field_masking", Q.spanFieldMasking(S, "text"),
						"{'span_field_masking':{'query':{'span_term':{'body':'fox'}},'field':'text'}}"),
				type("span_first", Q.spanFirst(S, 3), "{'span_first':{'match':{'span_term':{'body':'fox'}},'end':3}}"),
				type("span_multi", Q.spanMulti(Q.prefix("user.id", "ki")),
						"{'span_multi':{'match':{'prefix':{'user.id':'ki'}}}}"),
				type("span_near", Q.spanNear(List.of(S), Map.of("slop", 12)),
						"{'span_near':{'clauses':[{'span_term':{'body':'fox'}}],'slop':12}}"),
				type("span_not", Q.spanNot(S, Q.spanTerm("body", "dog")),
						"{'span_not':{'include':{'span_term':{'body':'fox'}},'exclude':{'span_term':{'body':'dog'}}}}"),
				type("span_or", Q.spanOr(S), "{'span_or':{'clauses':[{'span_term':{'body':'fox'}}]}}"),
				type("span_term", Q.spanTerm("user.id", "kimchy", Map.of("boost", 2.0)),
						"{'span_term':{'user.id':{'value':'kimchy','boost':2.0}}}"),
				type("span_within", Q.spanWithin(S, S),
						"{'span_within':{'little':{'span_term':{'body':'fox'}},'big':{'span_term':{'body':'fox'}}}}"),
				type("sparse_vector", Q.sparseVector("ml.tokens", Map.of("inference_id", "my-elser", "query", "x")),
						null),
				type("term", Q.term("_type", "article"), "{'term':{'_type':'article'}}"),
				type("terms", Q.terms("_type", List.of("article", "section"), Map.of("boost", 1.1)),
						"{'terms':{'_type':['article','section'],'boost':1.1}}"),
				type("terms_set", Q.termsSet("programming_languages", List.of("c++", "java"),
						Map.of("minimum_should_match_field", "required_matches")),
						"{'terms_set':{'programming_languages':{'terms':['c++','java'],'minimum_should_match_field':'required_matches'}}}"),
				type("text_expansion", Q.textExpansion("ml.tokens", ".elser_model_2", "How is the weather?"),
						"{'text_expansion':{'ml.tokens':{'model_id':'.elser_model_2','model_text':'How is the weather?'}}}"),
				type("type", Q.type("_doc"), "{'type':{'value':'_doc'}}"),
				type("weighted_tokens", Q.weightedTokens("query_expansion", Map.of("2161", 0.4679)),
						"{'weighted_tokens':{'query_expansion':{'tokens':{'2161':0.4679}}}}"),
				type("wildcard", Q.wildcard("user.id", "ki*y", Map.of("boost", 1.0)),
						"{'wildcard':{'user.id':{'value':'ki*y','boost':1.0}}}"),
				type("wrapper", Q.wrapper("eyJ0ZXJtIiA6IHsgInVzZXIuaWQiIDogImtpbWNoeSIgfX0="),
						"{'wrapper':{'query':'eyJ0ZXJtIiA6IHsgInVzZXIuaWQiIDogImtpbWNoeSIgfX0='}}"));
	}

	private static Arguments type(String name, Query query, String expected) {
		return Arguments.of(name, query, expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyType")
	void typedFactoryWritesExactJson(String name, Query query, String expected) {
		assertThat(query.name()).isEqualTo(name);
		if (expected != null) {
			assertThat(query.toJson()).isEqualTo(expected.replace('\'', '"').replace("\\u0027", "'"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyType")
	void rawFormParsesBackToEqualQuery(String name, Query query, String expected) {
		Query parsed = Q.fromMap(query.toMap());
		assertThat(parsed).isEqualTo(query);
		assertThat(parsed.toJson()).isEqualTo(query.toJson());
		assertThat(Q.fromJson(query.toJson()).toJson()).isEqualTo(query.toJson());
		assertThat(Q.of(name, Json.parseMap(query.toJson()).values().iterator().next() instanceof Map<?, ?> params
				? castParams(params) : Map.of()).toJson()).isEqualTo(query.toJson());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> castParams(Map<?, ?> params) {
		return (Map<String, ?>) params;
	}

	@Test
	void everyPythonQueryTypeHasAFactoryCase() {
		Set<String> tested = everyType().map((arguments) -> (String) arguments.get()[0])
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).hasSize(61).isEqualTo(new TreeSet<>(Q.names()));
	}

	@Test
	void sparseVectorKeepsOptionsAfterField() {
		Query query = Q.sparseVector("ml.tokens", new java.util.LinkedHashMap<>(Map.of("inference_id", "my-elser")));
		assertThat(query.toJson()).isEqualTo("{\"sparse_vector\":{\"field\":\"ml.tokens\",\"inference_id\":\"my-elser\"}}");
	}

}
