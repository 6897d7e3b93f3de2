package io.github.esdsl.document;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.github.esdsl.analysis.Analyzer;
import io.github.esdsl.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DocumentMetadataTest {

	@Document(index = "users-*", using = "analytics")
	static final class User {

		@org.springframework.data.annotation.Id
		UUID uuid;

		@Routing
		@Field(type = FieldType.KEYWORD)
		String tenant;

		@Field(name = "display_name")
		String displayName;

		Profile profile;

	}

	static final class Profile {

		static final Analyzer FOLDED = Analyzer.custom("folded").tokenizer("standard").filter("asciifolding");

		@Field(analyzer = "folded")
		String bio;

		List<Tag> tags;

	}

	record Tag(@Field(type = FieldType.KEYWORD) String name) {
	}

	record Note(@Id @Field(type = FieldType.KEYWORD) String id, String text) {
	}

	@Test
	void indexConnectionAndPatternComeFromTheAnnotation() {
		DocumentMetadata<User> metadata = DocumentMetadata.of(User.class);
		assertThat(metadata.isDocument()).isTrue();
		assertThat(metadata.index()).contains("users-*");
		assertThat(metadata.isIndexPattern()).isTrue();
		assertThat(metadata.using()).isEqualTo("analytics");
		assertThat(DocumentMetadata.of(User.class)).isSameAs(metadata);
	}

	@Test
	void springDataIdIsTheIdAndNotMapped() {
		DocumentMetadata<User> metadata = DocumentMetadata.of(User.class);
		User user = new User();
		user.uuid = UUID.fromString("00000000-0000-0000-0000-000000000001");
		user.tenant = "acme";
		assertThat(metadata.id(user)).contains("00000000-0000-0000-0000-000000000001");
		assertThat(metadata.routing(user)).contains("acme");
		assertThat(metadata.idField().orElseThrow().mapped()).isFalse();
		assertThat(metadata.mapping().properties()).containsOnlyKeys("tenant", "display_name", "profile");
		assertThat(Documents.toJson(user)).isEqualTo("{\"tenant\":\"acme\"}");
		assertThat(Documents.read("{}".getBytes(), User.class, "00000000-0000-0000-0000-000000000002").uuid)
			.isEqualTo(UUID.fromString("00000000-0000-0000-0000-000000000002"));
	}

	@Test
	void fieldsKnowTheirNamesTypesAndAccessors() {
		DocumentMetadata<User> metadata = DocumentMetadata.of(User.class);
		DocumentField displayName = metadata.field("display_name").orElseThrow();
		assertThat(displayName.javaName()).isEqualTo("displayName");
		assertThat(displayName.type()).contains(FieldType.TEXT);
		User user = new User();
		displayName.set(user, "Ada");
		assertThat(displayName.get(user)).isEqualTo("Ada");
		assertThat(metadata.field("profile").orElseThrow().type()).contains(FieldType.OBJECT);
		assertThat(metadata.field("displayName")).isEmpty();
		assertThat(metadata.fields()).extracting(DocumentField::name)
			.containsExactly("uuid", "tenant", "display_name", "profile");
	}

	@Test
	void idWithFieldIsAlsoASourceFieldAndRecordsAreReadOnly() {
		DocumentMetadata<Note> metadata = DocumentMetadata.of(Note.class);
		Note note = new Note("n1", "hello");
		assertThat(metadata.id(note)).contains("n1");
		assertThat(Documents.toJson(note)).isEqualTo("{\"id\":\"n1\",\"text\":\"hello\"}");
		assertThat(metadata.mapping().toMap()).isEqualTo(Json.parseMap(
				"{\"properties\": {\"id\": {\"type\": \"keyword\"}, \"text\": {\"type\": \"text\"}}}"));
		DocumentField text = metadata.field("text").orElseThrow();
		assertThat(text.isWritable()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> text.set(note, "x"))
			.withMessageContaining("cannot be set: it is final or a record component");
	}

	@Test
	void innerClassAnalyzersAndNestedPathsAreKnown() {
		Mapping mapping = DocumentMetadata.of(User.class).mapping();
		assertThat(mapping.analysis().definition("analyzer", "folded"))
			.contains(Map.of("type", "custom", "tokenizer", "standard", "filter", List.of("asciifolding")));
		assertThat(mapping.field("profile.tags.name")).contains(Map.of("type", "keyword"));
		assertThat(mapping.field("profile.missing")).isEmpty();
		assertThat(mapping.nestedPaths("profile.tags.name")).containsExactly("profile.tags");
		assertThat(mapping.nestedPaths("profile.bio")).isEmpty();
	}

	@Test
	void mappingFromMapMergesAndFindsMultiFields() {
		Mapping loaded = Mapping.fromMap(Json.parseMap(
				"{\"dynamic\": \"strict\", \"properties\": {\"title\": {\"type\": \"text\", \"fields\": {\"raw\": {\"type\": \"keyword\"}}}}}"));
		assertThat(loaded.field("title.raw")).contains(Map.of("type", "keyword"));
		Mapping merged = loaded.merge(Mapping.fromMap(Map.of("properties", Map.of("views", Map.of("type", "long")))));
		assertThat(merged.toJson()).isEqualTo("{\"dynamic\":\"strict\",\"properties\":{\"title\":{\"type\":\"text\","
				+ "\"fields\":{\"raw\":{\"type\":\"keyword\"}}},\"views\":{\"type\":\"long\"}}}");
	}

}
