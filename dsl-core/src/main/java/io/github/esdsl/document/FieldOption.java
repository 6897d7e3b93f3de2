package io.github.esdsl.document;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any mapping option of a field that {@link Field} has no attribute for, such as
 * {@code @FieldOption(name = "index_options", value = "offsets")} or
 * {@code @FieldOption(name = "relations", value = "{\"question\": \"answer\"}")}.
 *
 * <p>The value is read as JSON when it is valid JSON ({@code "100"} is a number, {@code "true"} a
 * boolean, {@code "[1,2]"} a list, {@code "\"100\""} the string "100"); otherwise it is taken as a
 * plain string. An option overrides the typed attribute of the same name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface FieldOption {

	/**
	 * The option's name in the mapping, such as {@code null_value}.
	 * @return the name
	 */
	String name();

	/**
	 * The value, JSON when it parses as JSON, otherwise a plain string.
	 * @return the value
	 */
	String value();

}
