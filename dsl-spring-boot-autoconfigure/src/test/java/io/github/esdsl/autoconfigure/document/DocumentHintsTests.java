package io.github.esdsl.autoconfigure.document;

import java.util.List;

import io.github.esdsl.autoconfigure.document.samples.aot.Article;
import io.github.esdsl.autoconfigure.document.samples.aot.Block;
import io.github.esdsl.autoconfigure.document.samples.aot.Section;
import io.github.esdsl.autoconfigure.document.samples.blog.Post;
import io.github.esdsl.document.Range;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeHint;
import org.springframework.aot.hint.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.aot.hint.MemberCategory.ACCESS_DECLARED_FIELDS;
import static org.springframework.aot.hint.MemberCategory.INVOKE_DECLARED_CONSTRUCTORS;
import static org.springframework.aot.hint.predicate.RuntimeHintsPredicates.reflection;

class DocumentHintsTests {

	@Test
	void documentRecordFieldsCanonicalConstructorAndAccessorsAreReflective() {
		RuntimeHints hints = new RuntimeHints();
		DocumentHints.register(hints, Post.class);
		assertThat(reflection().onType(Post.class).withMemberCategories(ACCESS_DECLARED_FIELDS,
				INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		assertThat(reflection().onFieldAccess(Post.class, "title")).accepts(hints);
		assertThat(reflection().onConstructorInvocation(Post.class.getDeclaredConstructors()[0])).accepts(hints);
		assertThat(reflection().onMethodInvocation(Post.class, "tags")).accepts(hints);
		assertThat(applicationTypeNames(hints)).containsExactly(Post.class.getName());
	}

	@Test
	void classesReachedThroughInnerNestedRangeEnumAndSuperclassFieldsAreReflective() throws Exception {
		RuntimeHints hints = new RuntimeHints();
		DocumentHints.register(hints, Article.class);
		assertThat(reflection().onFieldAccess(Article.Author.class, "name")).accepts(hints);
		assertThat(reflection().onFieldAccess(Section.class, "heading")).accepts(hints);
		assertThat(reflection().onFieldAccess(Section.class, "kind")).accepts(hints);
		assertThat(reflection().onFieldAccess(Block.class, "position")).accepts(hints);
		assertThat(reflection().onConstructorInvocation(Section.class.getDeclaredConstructor())).accepts(hints);
		assertThat(reflection().onType(Section.Kind.class)).accepts(hints);
		assertThat(reflection().onType(Range.class)).accepts(hints);
		assertThat(applicationTypeNames(hints)).containsExactlyInAnyOrder(Article.class.getName(), Article.Author.class.getName(),
				Section.class.getName(), Block.class.getName(), Section.Kind.class.getName(), Range.class.getName());
	}

	/** The types registered besides the JDK's (which Spring's binding hints add for the field types). */
	private static List<String> applicationTypeNames(RuntimeHints hints) {
		return hints.reflection()
			.typeHints()
			.map(TypeHint::getType)
			.map(TypeReference::getName)
			.filter((name) -> !name.startsWith("java."))
			.distinct()
			.toList();
	}

}
