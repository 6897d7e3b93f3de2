package io.github.esdsl.document;

import java.net.InetAddress;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AddressesAndBinaryTest {

	record Host(InetAddress ip, byte[] payload, Range<InetAddress> block) {
	}

	@ParameterizedTest
	@CsvSource({ "0:0:0:0:0:0:0:1, ::1", "0:0:0:0:0:0:0:0, ::", "2001:0DB8:0:0:0:0:0:1, 2001:db8::1",
			"2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
			"2001:0:0:1:0:0:0:1, 2001:0:0:1::1", "fe80:0:0:0:0:0:0:0, fe80::", "1:0:0:2:0:0:3:4, 1::2:0:0:3:4",
			"192.168.0.1, 192.168.0.1" })
	void addressesAreWrittenInCanonicalForm(String given, String written) throws Exception {
		assertThat(Addresses.canonical(InetAddress.getByName(given))).isEqualTo(written);
	}

	@Test
	void ipAndBinaryFieldsAreWrittenAsTheTextThatIsSent() throws Exception {
		byte[] payload = { 0, 1, 2, (byte) 0xfe, (byte) 0xff };
		Host host = new Host(InetAddress.getByName("0:0:0:0:0:0:0:1"), payload,
				Range.<InetAddress>unbounded().gte(InetAddress.getByName("2001:db8:0:0:0:0:0:0")));
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("ip", "::1");
		expected.put("payload", "AAEC/v8=");
		expected.put("block", Map.of("gte", "2001:db8::"));
		assertThat(Documents.toMap(host)).isEqualTo(expected);
		assertThat(Documents.toJson(host))
			.isEqualTo("{\"ip\":\"::1\",\"payload\":\"AAEC/v8=\",\"block\":{\"gte\":\"2001:db8::\"}}");
		assertThat(Base64.getDecoder().decode("AAEC/v8=")).isEqualTo(payload);
		Host read = Documents.read(Documents.toBytes(host), Host.class);
		assertThat(read.payload()).isEqualTo(payload);
		assertThat(read.ip()).isEqualTo(host.ip());
		assertThat(Documents.toMap(Map.of("list", List.of(payload)))).isEqualTo(Map.of("list", List.of("AAEC/v8=")));
	}

}
