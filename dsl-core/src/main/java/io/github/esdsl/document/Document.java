package io.github.esdsl.document;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as an Elasticsearch document: Python's {@code Document} with its
 * {@code class Index} and {@code class Meta} options.
 *
 * <pre>{@code
 * @Document(index = "blog", settings = @Setting(name = "number_of_shards", value = "1"),
 *         dynamic = Dynamic.STRICT)
 * public class Post { ... }
 * }</pre>
 *
 * The annotation is inherited, so a subclass of a document class is a document of the same
 * index unless it declares its own {@code @Document}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Document {

	/**
	 * The index name. May contain wildcards ({@code logs-*}): such a document can be searched and
	 * made into a template, but writes need an explicit index. Empty when the document is only
	 * used through an {@code Index} it is registered with.
	 * @return the index name or pattern
	 */
	String index() default "";

	/**
	 * Index settings, such as {@code @Setting(name = "number_of_shards", value = "1")}.
	 * @return the settings
	 */
	Setting[] settings() default {};

	/**
	 * Names of aliases created with the index (each with an empty definition).
	 * @return the alias names
	 */
	String[] aliases() default {};

	/**
	 * How the index treats fields that the mapping does not declare.
	 * @return the dynamic mode; {@link Dynamic#INHERIT} leaves it unset
	 */
	Dynamic dynamic() default Dynamic.INHERIT;

	/**
	 * Whether every write must give a routing value ({@code "_routing": {"required": true}}).
	 * @return whether routing is required
	 */
	boolean routingRequired() default false;

	/**
	 * Whether the {@code _source} is stored; {@code false} writes {@code "_source": {"enabled": false}}.
	 * @return whether the source is stored
	 */
	boolean sourceEnabled() default true;

	/**
	 * Source paths kept in {@code _source} ({@code "_source": {"includes": [...]}}).
	 * @return the included paths
	 */
	String[] sourceIncludes() default {};

	/**
	 * Source paths left out of {@code _source} ({@code "_source": {"excludes": [...]}}).
	 * @return the excluded paths
	 */
	String[] sourceExcludes() default {};

	/**
	 * Other mapping-level options (Python's {@code MetaField}s): a name that does not start with
	 * {@code _} and is not one of {@code dynamic}, {@code transform}, {@code dynamic_date_formats},
	 * {@code date_detection}, {@code numeric_detection}, {@code dynamic_templates},
	 * {@code enabled} gets a leading {@code _}, as in Python ({@code "meta"} becomes {@code "_meta"}).
	 * @return the mapping options
	 */
	Setting[] mappingOptions() default {};

	/**
	 * Classes whose static fields of an analysis type ({@code Analyzer}, {@code Normalizer},
	 * {@code Tokenizer}, {@code TokenFilter}, {@code CharFilter}) are defined in the index settings.
	 * Static analysis fields of the document class itself, its superclasses and its inner object
	 * classes are always included.
	 * @return the classes holding analysis definitions
	 */
	Class<?>[] analyzers() default {};

	/**
	 * The connection alias used by default for this document.
	 * @return the alias
	 */
	String using() default "default";

}
