package io.github.esdsl.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidConnectionPropertyException}, such as a malformed host URI.
 */
class InvalidConnectionPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConnectionPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidConnectionPropertyException cause) {
		String value = (cause.getValue() != null) ? " '" + cause.getValue() + "'" : "";
		String description = "The value" + value + " of property '" + cause.getProperty() + "' is invalid: "
				+ cause.getReason();
		String action = cause.getProperty().endsWith(".hosts")
				? "Update '" + cause.getProperty() + "' to URIs such as http://localhost:9200 or https://es1.example.com:9200."
				: "Update '" + cause.getProperty() + "' to a valid value.";
		return new FailureAnalysis(description, action, cause);
	}

}
