package io.github.esdsl.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.query.Q;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.Bodies.json;
import static io.github.esdsl.search.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MultiSearchTest {

	private final Search<?> blog = Search.of("blog").filter(Q.term("category", "python"));

	private final Search<?> all = Search.of().query(Q.matchAll()).params(Map.of("routing", "1", "preference", "local"));

	@Test
	void headerHasTheSearchIndicesAndParamsAndBodyItsBody() {
		MultiSearch ms = MultiSearch.of("my-index").add(this.blog).add(this.all);
		assertThat(ms.toList()).containsExactly(map("{'index':['blog']}"),
				map("{'query':{'bool':{'filter':[{'term':{'category':'python'}}]}}}"),
				map("{'routing':'1','preference':'local'}"), map("{'query':{'match_all':{}}}"));
		assertThat(ms.indices()).containsExactly("my-index");
	}

	@Test
	void ndjsonIsOneLinePerHeaderAndBody() {
		MultiSearch ms = MultiSearch.of().add(this.blog).add(Search.of());
		String ndjson = new String(ms.toNdjson(), StandardCharsets.UTF_8);
		assertThat(ndjson).isEqualTo(json("{'index':['blog']}\n{'query':{'bool':{'filter':[{'term':{'category':'python'}}]}}}\n"
				+ "{}\n{}\n"));
	}

	@Test
	void emptyMultiSearchHasNoLines() {
		assertThat(MultiSearch.of().toNdjson()).isEmpty();
		assertThat(MultiSearch.of().toList()).isEmpty();
	}

	@Test
	void addReturnsANewMultiSearch() {
		MultiSearch empty = MultiSearch.of("i");
		MultiSearch one = empty.add(this.blog);
		assertThat(empty.searches()).isEmpty();
		assertThat(one.searches()).containsExactly(this.blog);
		assertThat(one).isNotEqualTo(empty).isEqualTo(MultiSearch.of("i").add(this.blog));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> empty.add(null));
	}

	@Test
	void toMapPairsHeadersAndBodies() {
		MultiSearch ms = MultiSearch.of().add(this.blog);
		assertThat(ms.toMap()).isEqualTo(map("{'searches':[{'header':{'index':['blog']},"
				+ "'body':{'query':{'bool':{'filter':[{'term':{'category':'python'}}]}}}}]}"));
		assertThat(ms.toJson()).startsWith(json("{'searches':[{'header':"));
	}

	@Test
	void requestSettingsAreTheMultiSearchOwn() {
		MultiSearch ms = MultiSearch.of("a").index("b").using("other").params(Map.of("max_concurrent_searches", 2));
		assertThat(ms.indices()).containsExactly("a", "b");
		assertThat(ms.alias()).isEqualTo("other");
		assertThat(ms.params()).isEqualTo(Map.of("max_concurrent_searches", 2));
		assertThat(ms.toString()).contains("searches=0");
		assertThat(List.of(ms.index().indices())).containsExactly(List.of());
	}

}
