package io.github.esdsl.persistence;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
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

/**
 * Field values as the real node stores and matches them: IP addresses, binary values.
 */
@WithElasticsearch
class FieldValuesIT {

	@Document(index = "hosts")
	record Host(@Id String id, InetAddress ip, byte[] payload, @Field(type = FieldType.KEYWORD) String name) {
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
		return connection.perform(RawRequest.get(RawRequest.pathOf(index, "_source", id))).bodyAsMap();
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

}
