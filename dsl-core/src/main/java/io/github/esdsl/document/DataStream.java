package io.github.esdsl.document;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Document} class as time series kept in a data stream named by its
 * {@code @Document} index: index management puts a composable template with
 * {@code "data_stream": {}} (and the lifecycle, when a retention is given) and creates the
 * stream; the class needs an {@code @timestamp} date field. Writes are appends
 * ({@code op_type=create}, see {@code io.github.esdsl.index.management.DataStreams}); searches of
 * the class run across every backing index of the stream.
 *
 * <pre>{@code
 * @Document(index = "events-app")
 * @DataStream(dataRetention = "30d")
 * public record Event(@Field(name = "@timestamp", type = FieldType.DATE) Instant timestamp, String message) { }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DataStream {

	/**
	 * How long the stream keeps data ({@code 30d}, {@code 12h}): the data stream lifecycle's
	 * {@code data_retention}. Empty (the default) for no lifecycle in the template.
	 * @return the retention, or empty
	 */
	String dataRetention() default "";

}
