package io.github.esdsl.document;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A multi-field of a {@link Field}: the same value indexed another way, under
 * {@code fields.<name>}, such as {@code @MultiField(name = "raw", type = FieldType.KEYWORD)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface MultiField {

	/**
	 * The sub-field's name, appended to the parent's ({@code category.raw}).
	 * @return the name
	 */
	String name();

	/**
	 * The sub-field's type; object-like types are not allowed.
	 * @return the type
	 */
	FieldType type();

	/**
	 * The analyzer, by name.
	 * @return the analyzer name
	 */
	String analyzer() default "";

	/**
	 * The search-time analyzer, by name.
	 * @return the analyzer name
	 */
	String searchAnalyzer() default "";

	/**
	 * The normalizer of a {@code keyword} sub-field, by name.
	 * @return the normalizer name
	 */
	String normalizer() default "";

	/**
	 * The date format.
	 * @return the format
	 */
	String format() default "";

	/**
	 * Longest string indexed; negative leaves it unset.
	 * @return the limit
	 */
	int ignoreAbove() default -1;

	/**
	 * Whether the sub-field is searchable; {@code false} writes {@code "index": false}.
	 * @return whether it is indexed
	 */
	boolean index() default true;

	/**
	 * Whether doc values are kept; {@code false} writes {@code "doc_values": false}.
	 * @return whether doc values are kept
	 */
	boolean docValues() default true;

	/**
	 * Any other mapping options.
	 * @return the options
	 */
	FieldOption[] options() default {};

}
