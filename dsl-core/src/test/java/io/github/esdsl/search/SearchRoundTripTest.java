package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.A;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.Bodies.assertBody;
import static io.github.esdsl.search.Bodies.json;
import static io.github.esdsl.search.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Search.fromMap(raw).toMap()} equals {@code raw} for everything {@code fromMap} accepts,
 * including shapes the search's own methods never produce.
 */
class SearchRoundTripTest {

	private static void assertRoundTrip(String body) {
		Map<String, Object> raw = map(body);
		Search<?> s = Search.fromMap(raw);
		assertThat(s.toMap()).isEqualTo(raw);
		assertThat(Json.parseMap(s.toJson())).isEqualTo(raw);
		assertThat(Search.fromMap(s.toMap())).isEqualTo(s);
	}

	@Test
	void everyPartRoundTrips() {
		assertRoundTrip("{'query':{'bool':{'must':[{'match':{'title':'python'}}],'filter':[{'term':{'a':1}}]}},"
				+ "'knn':[{'field':'v','k':1,'num_candidates':5,'query_vector':[1,2]},"
				+ "{'field':'w','k':2,'num_candidates':5,'query_vector_builder':{'text_embedding':{'model_id':'m'}}}],"
				+ "'rank':{'rrf':{'rank_constant':20}},'post_filter':{'terms':{'tags':['a','b']}},"
				+ "'aggs':{'per_tag':{'terms':{'field':'tags'},'aggs':{'m':{'max':{'field':'n'}}}}},"
				+ "'sort':['a',{'b':{'order':'desc'}}],'collapse':{'field':'user'},'from':5,'size':10,"
				+ "'track_total_hits':true,'search_after':[1,'x'],'_source':{'includes':['a']},"
				+ "'highlight':{'fields':{'title':{}},'pre_tags':['<b>']},"
				+ "'suggest':{'s':{'text':'x','term':{'field':'f'}}},'script_fields':{'t':{'script':'1'}},"
				+ "'pit':{'id':'abc','keep_alive':'1m'},'runtime_mappings':{'day':{'type':'keyword'}}}");
	}

	@Test
	void aggregationsSpellingIsKept() {
		assertRoundTrip("{'aggregations':{'per_tag':{'terms':{'field':'tags'}}}}");
		Search<?> s = Search.fromMap(map("{'aggregations':{'per_tag':{'terms':{'field':'tags'}}}}"))
			.aggs((aggs) -> aggs.metric("n", A.max("n")));
		assertThat(s.toJson()).isEqualTo(json("{'aggregations':{'per_tag':{'terms':{'field':'tags'}},'n':{'max':{'field':'n'}}}}"));
	}

	@Test
	void emptyPartsAreKeptAsGiven() {
		assertRoundTrip("{'sort':[],'_source':{},'knn':[],'aggs':{},'collapse':{},'rank':{},'suggest':{},"
				+ "'script_fields':{},'highlight':{'fields':{}}}");
	}

	@Test
	void unusualShapesAreKeptAsGiven() {
		assertRoundTrip("{'sort':'title'}");
		assertRoundTrip("{'sort':{'title':'desc'}}");
		assertRoundTrip("{'knn':[{'field':'v','k':1,'num_candidates':2,'query_vector':[1]}]}");
		assertRoundTrip("{'highlight':{'fields':[{'title':{}},{'body':{'number_of_fragments':0}}],'order':'score'}}");
		assertRoundTrip("{'_source':'title*'}");
		assertRoundTrip("{'_source':true}");
		assertRoundTrip("{'explain':null,'min_score':0.5}");
		assertRoundTrip("{'suggest':{'text':'the amsterdma meetpu','s1':{'term':{'field':'title'}}}}");
	}

	@Test
	void methodsTakeOverRawPartsKeptFromParsing() {
		Search<?> knn = Search.fromMap(map("{'knn':[{'field':'v','k':1,'num_candidates':2,'query_vector':[1]}]}"))
			.knn("w", 2, 3, List.of(4));
		assertBody(knn, "{'knn':[{'field':'v','k':1,'num_candidates':2,'query_vector':[1]},"
				+ "{'field':'w','k':2,'num_candidates':3,'query_vector':[4]}]}");
		Search<?> highlight = Search.fromMap(map("{'highlight':{'fields':[{'title':{}}],'order':'score'}}"))
			.highlight("body");
		assertBody(highlight, "{'highlight':{'fields':{'title':{},'body':{}},'order':'score'}}");
		assertBody(Search.fromMap(map("{'sort':'title'}")).sort("-date"), "{'sort':[{'date':{'order':'desc'}}]}");
		assertBody(Search.fromMap(map("{'_source':{}}")).sourceExcludes("x"), "{'_source':{'excludes':['x']}}");
	}

	@Test
	void updateFromMapReplacesParts() {
		Search<?> s = Search.of().query(Q.term("a", "b")).sort("x").highlight("t").collapse("c").size(3);
		Search<?> updated = s.updateFromMap(map("{'query':{'match_all':{}},'sort':[],'highlight':{'fields':{'u':{}}},"
				+ "'collapse':{'field':'d'},'from':1}"));
		assertBody(updated, "{'query':{'match_all':{}},'collapse':{'field':'d'},'size':3,'sort':[],'from':1,"
				+ "'highlight':{'fields':{'u':{}}}}");
	}

	@Test
	void extraShadowingAPartFollowsPythonDictSemantics() {
		// Python sets sort before merging extra (extra wins) and _source after it (the part wins)
		Search<?> s = Search.of().sort("a").extra("sort", List.of("b")).source("x").extra("_source", false);
		assertThat(s.toJson()).isEqualTo(json("{'sort':['b'],'_source':['x']}"));
		assertThat(s.toJson()).isEqualTo(Json.toJson(s.toMap()));
	}

	@Test
	void inputIsNotChangedNorShared() {
		Map<String, Object> raw = map("{'query':{'match':{'title':'python'}},'size':5,'sort':['a']}");
		Map<String, Object> copy = map("{'query':{'match':{'title':'python'}},'size':5,'sort':['a']}");
		Search<?> s = Search.fromMap(raw);
		assertThat(raw).isEqualTo(copy);
		raw.put("size", 6);
		((List<Object>) raw.get("sort")).add("b");
		assertBody(s, "{'query':{'match':{'title':'python'}},'size':5,'sort':['a']}");
		Map<String, Object> out = s.toMap();
		out.put("size", 7);
		assertBody(s, "{'query':{'match':{'title':'python'}},'size':5,'sort':['a']}");
	}

	@Test
	void countBodyHasOnlyQueryKnnAndRank() {
		Search<?> s = Search.of().query(Q.term("a", "b")).knn("v", 1, 2, List.of(1)).rank(Map.of("rrf", Map.of()))
			.sort("x").size(5).aggs((aggs) -> aggs.bucket("t", A.terms("t"))).postFilter(Q.term("c", "d"));
		assertThat(s.toCountMap()).isEqualTo(map("{'query':{'term':{'a':'b'}},"
				+ "'knn':{'field':'v','k':1,'num_candidates':2,'query_vector':[1]},'rank':{'rrf':{}}}"));
	}

	@Test
	void keysAreWrittenInPythonOrder() {
		Map<String, Object> scrambled = new LinkedHashMap<>(map("{'script_fields':{'t':{'script':'1'}},"
				+ "'suggest':{'s':{'text':'x','term':{'field':'f'}}},'highlight':{'fields':{'h':{}}},'_source':false,"
				+ "'size':1,'collapse':{'field':'c'},'sort':['s'],'aggs':{'a':{'max':{'field':'m'}}},"
				+ "'post_filter':{'term':{'p':1}},'rank':{'rrf':{}},'knn':{'field':'v','k':1,'num_candidates':1,"
				+ "'query_vector':[1]},'query':{'term':{'q':1}}}"));
		String written = Search.fromMap(scrambled).toJson();
		assertThat(written).isEqualTo(json("{'query':{'term':{'q':1}},'knn':{'field':'v','k':1,'num_candidates':1,"
				+ "'query_vector':[1]},'rank':{'rrf':{}},'post_filter':{'term':{'p':1}},'aggs':{'a':{'max':{'field':'m'}}},"
				+ "'sort':['s'],'collapse':{'field':'c'},'size':1,'_source':false,'highlight':{'fields':{'h':{}}},"
				+ "'suggest':{'s':{'text':'x','term':{'field':'f'}}},'script_fields':{'t':{'script':'1'}}}"));
	}

}
