package io.github.esdsl.autoconfigure.document.samples.stream;

import java.time.Instant;

import io.github.esdsl.document.DataStream;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

@Document(index = "esdsl-readings")
@DataStream(dataRetention = "30d")
public record Reading(@Field(name = "@timestamp", type = FieldType.DATE) Instant timestamp,
		@Field(type = FieldType.KEYWORD) String sensor, double value) {
}
