package io.github.esdsl.autoconfigure.template;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.Setting;

@Document(index = "esdsl-template-load", settings = { @Setting(name = "number_of_replicas", value = "0"),
		@Setting(name = "number_of_shards", value = "1"), @Setting(name = "translog.durability", value = "async") })
public record Load(@Id String id, @Field(type = FieldType.KEYWORD) String owner,
		@Field(type = FieldType.INTEGER) int n, @Field(type = FieldType.KEYWORD) String kind) {
}
