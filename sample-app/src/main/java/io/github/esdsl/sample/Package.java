package io.github.esdsl.sample;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.MultiField;
import io.github.esdsl.document.Setting;

/**
 * One Debian binary package, as indexed in {@code debian-packages}. The package name is both the
 * document id and a keyword field, with a {@code name.suggest} completion sub-field for the
 * search box's suggestions.
 *
 * @param name the package name (unique in the data set)
 * @param source the source package, when it differs from the name
 * @param version the package version
 * @param installedSize the installed size in KiB
 * @param maintainer the maintainer, name and address
 * @param architecture {@code amd64} or {@code all}
 * @param homepage the upstream homepage
 * @param section the archive section ({@code games}, {@code libs}, ...)
 * @param priority {@code required}, {@code important}, {@code standard}, {@code optional} or {@code extra}
 * @param summary the one-line description
 * @param description the long description
 */
@Document(index = Package.INDEX, settings = { @Setting(name = "number_of_shards", value = "1"),
		@Setting(name = "number_of_replicas", value = "0") })
public record Package(
		@Id @Field(type = FieldType.KEYWORD,
				fields = @MultiField(name = "suggest", type = FieldType.COMPLETION)) String name,
		@Field(type = FieldType.KEYWORD) String source,
		@Field(type = FieldType.KEYWORD) String version,
		@Field(type = FieldType.LONG, name = "installed_size") Long installedSize,
		@Field(type = FieldType.KEYWORD) String maintainer,
		@Field(type = FieldType.KEYWORD) String architecture,
		@Field(type = FieldType.KEYWORD, index = false) String homepage,
		@Field(type = FieldType.KEYWORD) String section,
		@Field(type = FieldType.KEYWORD) String priority,
		@Field(type = FieldType.TEXT, analyzer = "standard") String summary,
		@Field(type = FieldType.TEXT, analyzer = "standard") String description) {

	/** The index holding the packages. */
	public static final String INDEX = "debian-packages";

}
