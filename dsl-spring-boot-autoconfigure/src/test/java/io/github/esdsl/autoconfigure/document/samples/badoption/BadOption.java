package io.github.esdsl.autoconfigure.document.samples.badoption;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldOption;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Setting;

@Document(index = "esdsl-badoption", settings = @Setting(name = "number_of_replicas", value = "0"))
public record BadOption(
		@Field(type = FieldType.TEXT, options = @FieldOption(name = "analyser", value = "standard")) String title) {
}
