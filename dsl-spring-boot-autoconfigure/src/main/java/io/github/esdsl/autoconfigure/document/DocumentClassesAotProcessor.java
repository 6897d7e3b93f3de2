package io.github.esdsl.autoconfigure.document;

import java.util.List;
import java.util.Set;

import javax.lang.model.element.Modifier;

import org.springframework.aot.generate.GeneratedClass;
import org.springframework.aot.generate.GeneratedMethod;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.javapoet.CodeBlock;

/**
 * Finds the {@code @Document} classes while the application is processed ahead of time, registers
 * runtime hints for them and the classes they reach, and records their names in the generated
 * code, so that the application in AOT mode (and in a native image) does not scan the classpath.
 */
class DocumentClassesAotProcessor implements BeanFactoryInitializationAotProcessor {

	@Override
	public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.getBeanNamesForType(DocumentIndexInitializer.class, true, false).length == 0) {
			return null;
		}
		Environment environment = beanFactory.getBean(Environment.class);
		Set<Class<?>> classes = DocumentClasses.scan(beanFactory, environment,
				new DefaultResourceLoader(beanFactory.getBeanClassLoader()));
		return (context, code) -> contribute(classes, context, code);
	}

	private static void contribute(Set<Class<?>> classes, GenerationContext context, BeanFactoryInitializationCode code) {
		classes.forEach((type) -> DocumentHints.register(context.getRuntimeHints(), type));
		List<String> names = classes.stream().map(Class::getName).toList();
		GeneratedClass generated = context.getGeneratedClasses()
			.addForFeatureComponent("DocumentClasses", DocumentClasses.class,
					(type) -> type.addJavadoc("The document classes found at build time.")
						.addModifiers(Modifier.PUBLIC));
		GeneratedMethod method = generated.getMethods()
			.add("registerDocumentClasses", (builder) -> builder.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
				.addParameter(DefaultListableBeanFactory.class, "beanFactory")
				.addStatement("beanFactory.registerSingleton($T.BEAN_NAME, new $T($T.of($L)))", DocumentClasses.class,
						DocumentClasses.class, List.class,
						CodeBlock.join(names.stream().map((name) -> CodeBlock.of("$S", name)).toList(), ", ")));
		code.addInitializer(method.toMethodReference());
	}

}
