package io.github.esdsl.autoconfigure.document;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * Names the packages scanned for {@code @Document} classes at startup instead of the
 * application's auto-configuration packages (like {@code @EntityScan}). The
 * {@code elasticsearch.dsl.documents.packages} property, when set, takes precedence.
 *
 * <pre>{@code
 * @SpringBootApplication
 * @DocumentScan(basePackageClasses = Post.class)
 * public class BlogApplication { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(DocumentScanPackages.Registrar.class)
public @interface DocumentScan {

	/**
	 * Alias for {@link #basePackages()}.
	 * @return the base packages
	 */
	@AliasFor("basePackages")
	String[] value() default {};

	/**
	 * Packages scanned for document classes, with their sub-packages.
	 * @return the base packages
	 */
	@AliasFor("value")
	String[] basePackages() default {};

	/**
	 * Classes whose packages are scanned for document classes.
	 * @return classes in the base packages
	 */
	Class<?>[] basePackageClasses() default {};

}
