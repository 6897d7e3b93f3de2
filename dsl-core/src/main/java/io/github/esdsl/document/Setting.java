package io.github.esdsl.document;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name and a value for index settings and mapping options in {@link Document}.
 *
 * <p>The value is read as JSON when it is valid JSON ({@code "1"} is the number 1, {@code "true"}
 * a boolean, {@code "{\"a\":1}"} an object, {@code "\"1\""} the string "1"); otherwise it is
 * taken as a plain string ({@code "strict"}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Setting {

	/**
	 * The setting's name, such as {@code number_of_shards} or {@code index.refresh_interval}.
	 * @return the name
	 */
	String name();

	/**
	 * The value, JSON when it parses as JSON, otherwise a plain string.
	 * @return the value
	 */
	String value();

}
