package io.github.esdsl.autoconfigure.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import io.github.esdsl.autoconfigure.ElasticsearchDslConnectionDetails;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.spring.EmbeddedElasticsearchConnection;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * The {@link ConnectionDetailsFactory} for an {@link EmbeddedElasticsearchConnection}: the
 * connection details of its alias, read from the node's endpoint (started on first use).
 * Registered in {@code dsl-test}'s {@code META-INF/spring.factories}.
 */
class EmbeddedElasticsearchConnectionDetailsFactory
		implements ConnectionDetailsFactory<EmbeddedElasticsearchConnection, ElasticsearchDslConnectionDetails> {

	@Override
	public ElasticsearchDslConnectionDetails getConnectionDetails(EmbeddedElasticsearchConnection source) {
		return new EmbeddedConnectionDetails(source);
	}

	/**
	 * Details that start the node when first read.
	 */
	private record EmbeddedConnectionDetails(EmbeddedElasticsearchConnection source)
			implements ElasticsearchDslConnectionDetails {

		@Override
		public String getAlias() {
			return this.source.alias();
		}

		@Override
		public List<URI> getHosts() {
			return endpoint().uris();
		}

		@Override
		public String getUsername() {
			return endpoint().username().orElse(null);
		}

		@Override
		public String getPassword() {
			return endpoint().password().orElse(null);
		}

		@Override
		public SslBundle getSslBundle() {
			return endpoint().caCertificate().map(EmbeddedConnectionDetails::trusting).orElse(null);
		}

		private ElasticsearchEndpoint endpoint() {
			return this.source.endpoint();
		}

		private static SslBundle trusting(Path caCertificate) {
			PemSslStoreDetails trust = PemSslStoreDetails.forCertificate(caCertificate.toUri().toString());
			return SslBundle.of(new PemSslStoreBundle(null, trust));
		}

		@Override
		public String toString() {
			return "connection details of the " + this.source;
		}

	}

}
