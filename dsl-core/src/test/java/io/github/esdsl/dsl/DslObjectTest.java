package io.github.esdsl.dsl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DslObjectTest {

	static final class Leaf extends DslObject {

		Leaf(String name, Map<String, ?> params) {
			super(name, params, ParamSpec.none());
		}

	}

	static final class Node extends DslObject {

		static final ParamSpec SPEC = ParamSpec.builder()
			.one("child", Node::parse)
			.list("children", Node::parse)
			.map("named", Node::parse)
			.listOfMaps("sources", Node::parse)
			.build();

		Node(String name, Map<String, ?> params) {
			super(name, params, SPEC);
		}

		@SuppressWarnings("unchecked")
		static DslObject parse(Object value) {
			if (value instanceof DslObject dsl) {
				return dsl;
			}
			if (value instanceof Map<?, ?> map && map.size() == 1) {
				Map.Entry<String, Object> entry = ((Map<String, Object>) map).entrySet().iterator().next();
				if (entry.getValue() instanceof Map<?, ?> params) {
					return new Node(entry.getKey(), (Map<String, ?>) params);
				}
			}
			throw new InvalidDslException("not a node: " + value);
		}

	}

	@Test
	void typedParamsAreParsedFromRawMapsAndObjects() {
		Node node = new Node("root", Map.of("child", Map.of("leaf", Map.of("x", 1))));
		assertThat(node.param("child")).isInstanceOf(Node.class);
		assertThat(node.param("child")).isEqualTo(new Node("leaf", Map.of("x", 1)));
	}

	@Test
	void singleValueOfListParamBecomesList() {
		Node node = new Node("root", Map.of("children", Map.of("leaf", Map.of())));
		assertThat(node.toJson()).isEqualTo("{\"root\":{\"children\":[{\"leaf\":{}}]}}");
	}

	@Test
	void emptyTypedListsAndMapsAreDropped() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("children", List.of());
		params.put("named", Map.of());
		params.put("plain", List.of());
		assertThat(new Node("root", params).toJson()).isEqualTo("{\"root\":{\"plain\":[]}}");
	}

	@Test
	void mapAndListOfMapsParamsHoldObjects() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("named", Map.of("a", Map.of("leaf", Map.of())));
		params.put("sources", List.of(Map.of("s", Map.of("leaf", Map.of("y", 2)))));
		Node node = new Node("root", params);
		assertThat(((Map<?, ?>) node.param("named")).get("a")).isInstanceOf(Node.class);
		assertThat(node.toJson())
			.isEqualTo("{\"root\":{\"named\":{\"a\":{\"leaf\":{}}},\"sources\":[{\"s\":{\"leaf\":{\"y\":2}}}]}}");
	}

	@Test
	void toMapIsDeepPlainAndMutable() {
		Node node = new Node("root", Map.of("child", new Leaf("leaf", Map.of("list", List.of(1, 2)))));
		Map<String, Object> map = node.toMap();
		assertThat(map).isEqualTo(Map.of("root", Map.of("child", Map.of("leaf", Map.of("list", List.of(1, 2))))));
		@SuppressWarnings("unchecked")
		Map<String, Object> child = (Map<String, Object>) ((Map<String, Object>) map.get("root")).get("child");
		assertThat(child).isInstanceOf(LinkedHashMap.class);
		child.put("changed", true);
		assertThat(node.toMap()).isNotEqualTo(map);
	}

	@Test
	void paramsAreCopiedSoLaterChangesToInputDoNotLeak() {
		List<Object> values = new ArrayList<>(List.of("a"));
		Leaf leaf = new Leaf("terms", Map.of("f", values));
		values.add("b");
		assertThat(leaf.toJson()).isEqualTo("{\"terms\":{\"f\":[\"a\"]}}");
	}

	@Test
	void datesBecomeIsoStrings() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("gte", LocalDate.of(2015, 1, 1));
		params.put("lt", LocalDateTime.of(2015, 1, 2, 0, 0));
		assertThat(new Leaf("range", params).toJson())
			.isEqualTo("{\"range\":{\"gte\":\"2015-01-01\",\"lt\":\"2015-01-02T00:00:00\"}}");
	}

	@Test
	void unsupportedValueTypeIsRefusedWithItsPath() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> new Leaf("match", Map.of("f", Map.of("x", new Object()))))
			.withMessageContaining("java.lang.Object")
			.satisfies((ex) -> assertThat(ex.path()).isEqualTo("match.f.x"));
	}

	@Test
	void equalsAndHashCodeByValue() {
		Leaf one = new Leaf("match", Map.of("f", List.of(1)));
		Leaf two = new Leaf("match", Map.of("f", List.of(1)));
		assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
		assertThat(one).isNotEqualTo(new Leaf("term", Map.of("f", List.of(1))));
		assertThat(one.toString()).isEqualTo("{\"match\":{\"f\":[1]}}");
	}

	@Test
	void deepNestingIsRefused() {
		Map<String, Object> raw = Map.of("leaf", Map.of());
		for (int i = 0; i < DslObject.MAX_DEPTH + 5; i++) {
			raw = Map.of("node", Map.of("child", raw));
		}
		Map<String, Object> deep = raw;
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Node.parse(deep))
			.withMessageContaining("deeper than " + DslObject.MAX_DEPTH);
	}

}
