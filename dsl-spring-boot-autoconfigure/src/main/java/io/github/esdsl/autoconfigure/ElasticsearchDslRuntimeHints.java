package io.github.esdsl.autoconfigure;

import io.github.esdsl.autoconfigure.faceted.FacetedSearchProperties;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldOption;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.MultiField;
import io.github.esdsl.document.Range;
import io.github.esdsl.document.Routing;
import io.github.esdsl.document.Setting;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * Runtime hints for the library's own reflective access, whatever the application's documents:
 * the document annotations the mapping reads (with their attributes), {@link Range} values
 * that documents hold, and the faceted search declarations bound from the environment when a
 * configured {@code FacetedSearch} bean is created. Hints for the document classes themselves are
 * registered while the application is processed ahead of time, for the classes found then.
 */
class ElasticsearchDslRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		for (Class<?> annotation : new Class<?>[] { Document.class, Field.class, MultiField.class, FieldOption.class,
				Setting.class, Id.class, Routing.class }) {
			hints.reflection().registerType(annotation, MemberCategory.INVOKE_PUBLIC_METHODS);
		}
		hints.reflection()
			.registerType(Range.class, MemberCategory.ACCESS_DECLARED_FIELDS, MemberCategory.INVOKE_DECLARED_METHODS);
		BindableRuntimeHintsRegistrar.forTypes(FacetedSearchProperties.class).registerHints(hints, classLoader);
	}

}
