package io.github.esdsl.sample;

import java.util.List;

/**
 * A request parameter with a value the search cannot take; answered with HTTP 400 by
 * {@link BadParameterHandler}.
 */
class BadParameterException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String parameter;

	private final String value;

	private final List<String> validValues;

	BadParameterException(String parameter, String value, List<String> validValues) {
		super("Parameter '" + parameter + "' cannot be '" + value + "'; valid values are "
				+ String.join(", ", validValues));
		this.parameter = parameter;
		this.value = value;
		this.validValues = List.copyOf(validValues);
	}

	String parameter() {
		return this.parameter;
	}

	String value() {
		return this.value;
	}

	List<String> validValues() {
		return this.validValues;
	}

}
