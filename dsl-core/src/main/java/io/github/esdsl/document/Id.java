package io.github.esdsl.document;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field or record component holding the document's {@code _id}.
 * {@code org.springframework.data.annotation.Id} is recognised the same way.
 *
 * <p>The id is metadata, as Python's {@code meta.id}: it is not part of the mapping nor of the
 * written {@code _source}, and is filled from the hit's {@code _id} when reading. Annotate it
 * with {@link Field} as well to also keep it as a source field. Its value is written with
 * {@code String.valueOf}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD })
public @interface Id {

}
