package io.github.esdsl.document;

import org.junit.jupiter.api.Test;

import io.github.esdsl.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

class MappingGuideTest {

	@Test
	void postMappingMatchesPythonDocument() {
		assertThat(Mapping.of(GuideDocuments.Post.class).toMap()).isEqualTo(Json.parseMap("""
				{"properties": {
				  "title": {"type": "text"},
				  "title_suggest": {"type": "completion"},
				  "created_at": {"type": "date"},
				  "published": {"type": "boolean"},
				  "category": {"analyzer": "html_strip", "fields": {"raw": {"type": "keyword"}}, "type": "text"},
				  "comments": {"type": "nested", "properties": {
				    "author": {"fields": {"raw": {"type": "keyword"}}, "type": "text"},
				    "content": {"analyzer": "snowball", "type": "text"},
				    "created_at": {"type": "date"}}}}}"""));
	}

	@Test
	void postMappingJsonHasTypeFirstAndJavaFieldOrder() {
		assertThat(Mapping.of(GuideDocuments.Post.class).toJson()).isEqualTo("{\"properties\":{"
				+ "\"title\":{\"type\":\"text\"},\"title_suggest\":{\"type\":\"completion\"},"
				+ "\"created_at\":{\"type\":\"date\"},\"published\":{\"type\":\"boolean\"},"
				+ "\"category\":{\"type\":\"text\",\"analyzer\":\"html_strip\",\"fields\":{\"raw\":{\"type\":\"keyword\"}}},"
				+ "\"comments\":{\"type\":\"nested\",\"properties\":{"
				+ "\"author\":{\"type\":\"text\",\"fields\":{\"raw\":{\"type\":\"keyword\"}}},"
				+ "\"content\":{\"type\":\"text\",\"analyzer\":\"snowball\"},\"created_at\":{\"type\":\"date\"}}}}}");
	}

	@Test
	void postAnalysisHoldsTheStaticCustomAnalyzer() {
		assertThat(Mapping.of(GuideDocuments.Post.class).analysis().toMap()).isEqualTo(Json.parseMap("""
				{"analyzer": {"html_strip": {"tokenizer": "standard",
				  "filter": ["standard", "lowercase", "stop", "snowball"], "char_filter": ["html_strip"],
				  "type": "custom"}}}"""));
	}

	@Test
	void subclassAddsItsFieldsAfterItsParents() {
		assertThat(Mapping.of(GuideDocuments.BlogPost.class).toJson()).isEqualTo("{\"properties\":{"
				+ "\"created_by\":{\"type\":\"object\",\"properties\":{"
				+ "\"username\":{\"type\":\"text\",\"fields\":{\"keyword\":{\"type\":\"keyword\"}}},"
				+ "\"email\":{\"type\":\"text\"}}},"
				+ "\"created_date\":{\"type\":\"date\"},\"last_updated\":{\"type\":\"date\"},"
				+ "\"title\":{\"type\":\"text\"}}}");
	}

	@Test
	void recordComponentsAndRangesAreMapped() {
		assertThat(Mapping.of(GuideDocuments.RoomBooking.class).toMap()).isEqualTo(Json.parseMap("""
				{"properties": {"room": {"type": "keyword"}, "dates": {"type": "date_range"},
				  "days": {"type": "date_range", "format": "yyyy-MM-dd"}}}"""));
	}

}
