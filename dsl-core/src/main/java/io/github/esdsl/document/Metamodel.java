package io.github.esdsl.document;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a metamodel class that the {@code dsl-processor} generated ({@code Post_} for
 * {@code Post}), naming the class it describes. The processor refuses to generate a class
 * whose name is taken by a class without this mark.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Metamodel {

	/**
	 * The binary name ({@code Class.getName()}) of the document class, or of the class used as
	 * an object or nested field, that the metamodel describes. A name rather than a class
	 * literal, so that private nested classes have a metamodel too.
	 * @return the described class's name
	 */
	String value();

}
