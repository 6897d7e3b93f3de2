package io.github.esdsl.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

/**
 * The guide's {@code Log}: time-based indices {@code <prefix>-YYYYMMDD} governed by one template.
 */
@Document(index = "logs-*")
class LogLine implements Cleanable, WritesTo {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

	static volatile String prefix = "logs";

	@Field(type = FieldType.KEYWORD)
	String level;

	String content;

	Instant timestamp;

	LogLine() {
	}

	LogLine(String level, String content, Instant timestamp) {
		this.level = level;
		this.content = content;
		this.timestamp = timestamp;
	}

	@Override
	public void clean() {
		if (this.timestamp == null) {
			this.timestamp = Instant.now();
		}
	}

	@Override
	public String writeIndex() {
		return prefix + "-" + DAY.format(this.timestamp);
	}

}
