package io.github.esdsl.index.management;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.esdsl.document.DocumentMetadata;

/**
 * The names of a document index that {@link Migrator} evolves: versioned concrete indices
 * ({@code blog-000001}, {@code blog-000002}, …) behind a read alias ({@code blog}, the
 * {@code @Document} index, so searches and gets by id need no change) and a write alias
 * ({@code blog-write}, where writes go: {@code documents.on(VersionedIndex.of(Post.class).writeAlias())}
 * or a document implementing {@code WritesTo}), and a composable template
 * ({@code blog-versions}) whose pattern ({@code blog-0*}) matches every version.
 *
 * @param readAlias the read alias, which is the {@code @Document} index
 */
public record VersionedIndex(String readAlias) {

	private static final Pattern VERSION = Pattern.compile("-(\\d{6})$");

	/**
	 * Validates the alias.
	 * @param readAlias the read alias
	 */
	public VersionedIndex {
		Objects.requireNonNull(readAlias, "readAlias must not be null");
		if (readAlias.isBlank() || readAlias.contains("*") || readAlias.contains("?") || readAlias.contains(",")
				|| !readAlias.equals(readAlias.toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException("A versioned index needs a concrete lowercase name such as 'blog', but was '"
					+ readAlias + "'");
		}
	}

	/**
	 * The versioned index of a document class, named after its {@code @Document} index.
	 * @param documentClass the document class
	 * @return the names
	 * @throws IllegalArgumentException when the class names no index or a pattern
	 */
	public static VersionedIndex of(Class<?> documentClass) {
		String index = DocumentMetadata.of(documentClass)
			.index()
			.orElseThrow(() -> new IllegalArgumentException(documentClass.getName()
					+ " names no index: give it @Document(index = \"...\") to migrate it"));
		return new VersionedIndex(index);
	}

	/** @return the write alias, {@code <read alias>-write} */
	public String writeAlias() {
		return this.readAlias + "-write";
	}

	/**
	 * A version's concrete index name.
	 * @param version the version, 1 or more
	 * @return such as {@code blog-000002}
	 */
	public String version(int version) {
		return String.format(Locale.ROOT, "%s-%06d", this.readAlias, version);
	}

	/**
	 * The version of one of these indices.
	 * @param index a concrete index name
	 * @return its version, or 0 when it is not one of these versions
	 */
	public int versionOf(String index) {
		Matcher matcher = VERSION.matcher(index);
		return (index.startsWith(this.readAlias + "-") && matcher.find()
				&& index.length() == this.readAlias.length() + 7) ? Integer.parseInt(matcher.group(1)) : 0;
	}

	/** @return the index pattern of the template, {@code <read alias>-0*} */
	public String pattern() {
		return this.readAlias + "-0*";
	}

	/** @return the template's name, {@code <read alias>-versions} */
	public String templateName() {
		return this.readAlias + "-versions";
	}

}
