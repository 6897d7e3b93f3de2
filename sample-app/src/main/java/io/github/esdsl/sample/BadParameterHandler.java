package io.github.esdsl.sample;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers a bad request parameter with HTTP 400 and a JSON body naming the parameter, the value
 * and the valid values, instead of a 500 with a stack trace in the log.
 */
@RestControllerAdvice(assignableTypes = { SearchApiController.class, HomeController.class })
class BadParameterHandler {

	@ExceptionHandler
	ResponseEntity<BadParameter> badParameter(BadParameterException ex) {
		return ResponseEntity.badRequest()
			.body(new BadParameter(400, ex.parameter(), ex.value(), ex.validValues(), ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<BadParameter> mismatch(MethodArgumentTypeMismatchException ex) {
		String value = String.valueOf(ex.getValue());
		List<String> valid = List.of("a whole number from 1 to 1000");
		return ResponseEntity.badRequest()
			.body(new BadParameter(400, ex.getName(), value, valid,
					"Parameter '" + ex.getName() + "' cannot be '" + value + "'; valid values are " + valid.get(0)));
	}

	/**
	 * The JSON body of a 400 answer.
	 * @param status the HTTP status
	 * @param parameter the request parameter
	 * @param value the value it had
	 * @param validValues what it may be
	 * @param message the same in one sentence
	 */
	record BadParameter(int status, String parameter, String value, List<String> validValues, String message) {
	}

}
