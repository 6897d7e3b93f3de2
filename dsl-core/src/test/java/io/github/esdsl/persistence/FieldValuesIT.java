package io.github.esdsl.persistence;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.document.DenseVectors;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Field values as the real node stores and matches them: IP addresses, binary values, and dense
 * vectors in their unpacked forms (float arrays, lists, byte vectors as numbers and as
 * hexadecimal) and the packed base64 form, which 8.x rejects and 9.3+ accepts.
 */
@WithElasticsearch
class FieldValuesIT {

	@Document(index = "hosts")
	record Host(@Id String id, InetAddress ip, byte[] payload, @Field(type = FieldType.KEYWORD) String name) {
	}

	@Document(index = "vectors")
	static class Passage {

		@Id
		String id;

		@Field(type = FieldType.DENSE_VECTOR, dims = 3, similarity = "l2_norm")
		float[] embedding;

		@Field(type = FieldType.DENSE_VECTOR, dims = 3, similarity = "l2_norm")
		List<Float> list;

		@Field(type = FieldType.DENSE_VECTOR, dims = 3, elementType = "byte", similarity = "l2_norm")
		byte[] bytes;

		Passage() {
		}

		static Passage of(String id, float[] embedding) {
			Passage passage = new Passage();
			passage.id = id;
			passage.embedding = embedding;
			passage.list = List.of(embedding[0], embedding[1], embedding[2]);
			passage.bytes = new byte[] { (byte) embedding[0], (byte) embedding[1], (byte) embedding[2] };
			return passage;
		}

	}

	private static Connection connection;

	@BeforeAll
	static void connect(ElasticsearchEndpoint node) {
		connection = Nodes.connect(node);
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	static Map<String, Object> storedSource(String index, String id) {
		return Nodes.storedSource(connection, index, id);
	}

	static Search<Host> hosts(String index) {
		return Search.of(Host.class).index().index(index).using(connection);
	}

	@Test
	void ipv6IsStoredCompressedAndBinaryAsTheBase64TextOfToMap() throws Exception {
		String index = Nodes.uniqueIndex("ip");
		DocumentOperations operations = new DocumentOperations(connection).on(index);
		operations.init(Host.class);
		byte[] payload = { 0, 1, 2, (byte) 0xfe, (byte) 0xff };
		Host host = new Host("h1", InetAddress.getByName("0:0:0:0:0:0:0:1"), payload, "loopback");
		operations.save(host, SaveOptions.defaults().refresh(Refresh.TRUE));
		Map<String, Object> stored = storedSource(index, "h1");
		assertThat(stored).isEqualTo(Map.of("ip", "::1", "payload", "AAEC/v8=", "name", "loopback"));
		assertThat(stored).isEqualTo(io.github.esdsl.document.Documents.toMap(host));
		Host read = operations.getRequired(Host.class, "h1").document();
		assertThat(read.ip()).isEqualTo(InetAddress.getByName("::1"));
		assertThat(read.payload()).isEqualTo(payload);
		assertThat(hosts(index).query(Q.term("ip", "::1")).execute()
			.hits()).extracting((hit) -> hit.id()).containsExactly("h1");
		assertThat(hosts(index).query(Q.term("ip", "::/64")).count())
			.isEqualTo(1);
		assertThat(operations.indices().getMapping(index).properties())
			.containsEntry("ip", Map.of("type", "ip"))
			.containsEntry("payload", Map.of("type", "binary"));
		assertThat(List.of(read.name())).containsExactly("loopback");
	}


	private static String version() {
		Map<String, Object> nodes = connection.perform(RawRequest.get("/_nodes/_local")).bodyAsMap();
		@SuppressWarnings("unchecked")
		Map<String, Object> node = (Map<String, Object>) ((Map<String, Object>) nodes.get("nodes")).values()
			.iterator()
			.next();
		return (String) node.get("version");
	}

	private static boolean acceptsPackedFloats() {
		String[] parts = version().split("[.-]");
		int major = Integer.parseInt(parts[0]);
		int minor = Integer.parseInt(parts[1]);
		return major > 9 || (major == 9 && minor >= 3);
	}

	@Test
	void unpackedVectorsAreStoredAndFoundByKnn() {
		String index = Nodes.uniqueIndex("vectors");
		DocumentOperations operations = new DocumentOperations(connection).on(index);
		operations.init(Passage.class);
		assertThat(operations.indices().getMapping(index).properties().get("bytes")).asInstanceOf(
				org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("type", "dense_vector")
			.containsEntry("dims", 3)
			.containsEntry("element_type", "byte");
		operations.save(Passage.of("near", new float[] { 1, 2, 3 }));
		operations.save(Passage.of("far", new float[] { 9, 9, 9 }), SaveOptions.defaults().refresh(Refresh.TRUE));
		Passage read = operations.getRequired(Passage.class, "near").document();
		assertThat(read.embedding).containsExactly(1f, 2f, 3f);
		assertThat(read.list).containsExactly(1f, 2f, 3f);
		assertThat(read.bytes).containsExactly(1, 2, 3);
		Search<Passage> passages = Search.of(Passage.class).index().index(index).using(connection);
		for (String field : List.of("embedding", "list")) {
			assertThat(passages.knn(field, 1, 10, List.of(1.1, 2.1, 2.9)).execute().hits())
				.as(field).extracting((hit) -> hit.id()).containsExactly("near");
		}
		assertThat(passages.knn("bytes", 1, 10, List.of(1, 2, 4)).execute().hits()).extracting((hit) -> hit.id())
			.containsExactly("near");
		assertThat(storedSource(index, "near"))
			.isEqualTo(Map.of("embedding", List.of(1.0, 2.0, 3.0), "list", List.of(1.0, 2.0, 3.0), "bytes", "010203"));
		connection.perform(RawRequest.put(RawRequest.pathOf(index, "_doc", "hex")).param("refresh", "true")
			.body(Map.of("bytes", DenseVectors.hex(new byte[] { 9, 9, 8 }))));
		assertThat(passages.knn("bytes", 1, 10, List.of(9, 9, 7)).execute().hits()).extracting((hit) -> hit.id())
			.containsExactly("hex");
	}

	@Test
	void packedFloatVectorsAreRejectedBefore93() {
		assumeThat(acceptsPackedFloats()).as("the node (" + version() + ") accepts packed vectors").isFalse();
		String index = Nodes.uniqueIndex("packed-old");
		new DocumentOperations(connection).on(index).init(Passage.class);
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> connection.perform(RawRequest.put(RawRequest.pathOf(index, "_doc", "p"))
				.body(Map.of("embedding", DenseVectors.pack(new float[] { 1, 2, 3 })))))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("document_parsing_exception"));
	}

	@Test
	void packedFloatVectorsAreStoredFrom93() {
		assumeThat(acceptsPackedFloats())
			.as("needs Elasticsearch 9.3 or later (ELASTICSEARCH_URL); the embedded node is " + version())
			.isTrue();
		String index = Nodes.uniqueIndex("packed");
		DocumentOperations operations = new DocumentOperations(connection).on(index);
		operations.init(Passage.class);
		connection.perform(RawRequest.put(RawRequest.pathOf(index, "_doc", "p")).param("refresh", "true")
			.body(Map.of("embedding", DenseVectors.pack(new float[] { 1, 2, 3 }))));
		assertThat(Search.of(Passage.class).index().index(index).using(connection)
			.knn("embedding", 1, 10, List.of(1, 2, 3)).execute().hits()).extracting((hit) -> hit.id())
			.containsExactly("p");
	}

}
