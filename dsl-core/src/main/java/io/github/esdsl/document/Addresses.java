package io.github.esdsl.document;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * IP addresses as text in their canonical form: IPv4 dotted decimal, IPv6 as RFC 5952 section 4
 * writes it (lower-case hexadecimal without leading zeros, the longest run of two or more zero
 * groups, the first of equal runs, shortened to {@code ::}), so {@code ::1} rather than
 * {@code 0:0:0:0:0:0:0:1}.
 */
final class Addresses {

	private Addresses() {
	}

	static String canonical(InetAddress address) {
		if (!(address instanceof Inet6Address)) {
			return address.getHostAddress();
		}
		byte[] bytes = address.getAddress();
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && groups[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
			i += length;
		}
		StringBuilder text = new StringBuilder(39);
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				text.append("::");
				i += bestLength - 1;
				continue;
			}
			if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
				text.append(':');
			}
			text.append(Integer.toHexString(groups[i]));
		}
		String scope = scope(address.getHostAddress());
		return text.append(scope).toString();
	}

	private static String scope(String hostAddress) {
		int percent = hostAddress.indexOf('%');
		return (percent < 0) ? "" : hostAddress.substring(percent);
	}

}
