package io.github.esdsl.document;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The mapping of one field or record component of a {@link Document} or of a class used inside
 * one. Without this annotation the type is inferred from the Java type (see {@link Mapping}).
 *
 * <p>Typed attributes are written only when set (a {@code boolean} only when it differs from
 * Elasticsearch's default); {@link #options()} carries anything else. An attribute that does
 * not apply to the type (a {@code normalizer} on {@code text}, {@code dims} on {@code keyword})
 * is refused with an error naming the field.
 *
 * <pre>{@code
 * @Field(type = FieldType.TEXT, analyzer = "html_strip", fields = @MultiField(name = "raw", type = FieldType.KEYWORD))
 * private String category;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
public @interface Field {

	/**
	 * The field type; {@link FieldType#AUTO} infers it from the Java type.
	 * @return the type
	 */
	FieldType type() default FieldType.AUTO;

	/**
	 * A type the enum does not know (a plugin's, like {@code annotated_text}): Python's
	 * {@code CustomField}. Only with {@code type = AUTO}.
	 * @return the Elasticsearch type name
	 */
	String customType() default "";

	/**
	 * The field's name in Elasticsearch; defaults to the Java name.
	 * @return the name
	 */
	String name() default "";

	/**
	 * Whether a value is required when validating before a save. Primitive fields are always
	 * required; a reference-typed field is required when this is {@code true}.
	 * @return whether the field is required
	 */
	boolean required() default false;

	/**
	 * The analyzer ({@code text}, {@code search_as_you_type}, {@code completion},
	 * {@code token_count}): a built-in name or the name of a custom {@code Analyzer} defined for
	 * the document (see {@link Document#analyzers()}).
	 * @return the analyzer name
	 */
	String analyzer() default "";

	/**
	 * The search-time analyzer.
	 * @return the analyzer name
	 */
	String searchAnalyzer() default "";

	/**
	 * The analyzer for quoted phrases.
	 * @return the analyzer name
	 */
	String searchQuoteAnalyzer() default "";

	/**
	 * The normalizer of a {@code keyword} field: built-in or custom, by name.
	 * @return the normalizer name
	 */
	String normalizer() default "";

	/**
	 * The date format ({@code date}, {@code date_nanos}, {@code date_range}).
	 * @return the format
	 */
	String format() default "";

	/**
	 * Whether the field is searchable; {@code false} writes {@code "index": false}.
	 * @return whether the field is indexed
	 */
	boolean index() default true;

	/**
	 * Whether doc values are kept; {@code false} writes {@code "doc_values": false}.
	 * @return whether doc values are kept
	 */
	boolean docValues() default true;

	/**
	 * Whether the value is stored apart from {@code _source}; {@code true} writes {@code "store": true}.
	 * @return whether the field is stored
	 */
	boolean store() default false;

	/**
	 * Fields the value is copied to (one name is written as a string, several as a list).
	 * @return the target fields
	 */
	String[] copyTo() default {};

	/**
	 * Multi-fields: other ways of indexing the same value, such as a {@code raw} keyword.
	 * @return the multi-fields
	 */
	MultiField[] fields() default {};

	/**
	 * Longest string indexed ({@code keyword}, {@code wildcard}, {@code flattened}); negative leaves it unset.
	 * @return the limit
	 */
	int ignoreAbove() default -1;

	/**
	 * Vector dimensions ({@code dense_vector}, {@code rank_vectors}); negative leaves it unset.
	 * @return the dimensions
	 */
	int dims() default -1;

	/**
	 * Vector similarity of a {@code dense_vector}: {@code cosine}, {@code dot_product},
	 * {@code l2_norm} or {@code max_inner_product}.
	 * @return the similarity
	 */
	String similarity() default "";

	/**
	 * Vector element type ({@code float}, {@code byte}, {@code bit}).
	 * @return the element type
	 */
	String elementType() default "";

	/**
	 * The scaling factor, required for {@code scaled_float}; zero leaves it unset.
	 * @return the factor
	 */
	double scalingFactor() default 0;

	/**
	 * The {@code dynamic} mode of an {@code object} or {@code nested} field.
	 * @return the mode
	 */
	Dynamic dynamic() default Dynamic.INHERIT;

	/**
	 * A class whose fields are this object's or nested field's properties, when the Java type
	 * does not say (a {@code Map}, say). By default the properties come from the Java type.
	 * @return the class describing the properties
	 */
	Class<?> properties() default void.class;

	/**
	 * Any other mapping options.
	 * @return the options
	 */
	FieldOption[] options() default {};

}
