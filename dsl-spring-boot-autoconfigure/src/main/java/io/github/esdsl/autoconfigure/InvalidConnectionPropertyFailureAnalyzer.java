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
		String property = cause.getProperty();
		String action;
		if (property.endsWith(".hosts")) {
			action = "Update '" + property + "' to URIs such as http://localhost:9200 or https://es1.example.com:9200.";
		}
		else if (property.endsWith("-timeout") || property.endsWith("-interval")) {
			action = "Update '" + property + "' to a duration that is not negative, such as 5s or 500ms.";
		}
		else {
			action = "Update '" + property + "' to a valid value.";
		}
		return new FailureAnalysis(description, action, cause);
	}

}
