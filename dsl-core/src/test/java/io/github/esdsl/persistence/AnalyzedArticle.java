package io.github.esdsl.persistence;

import io.github.esdsl.analysis.Analyzer;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.Id;

/**
 * Shares {@link Article}'s index name but adds a field with a custom analyzer (built from modules
 * the embedded node has) and a keyword field {@link Article} lacks.
 */
@Document(index = "articles")
class AnalyzedArticle {

	static final Analyzer FOLDED = Analyzer.custom("folded").tokenizer("standard").filter("lowercase");

	@Id
	String id;

	@Field(analyzer = "folded")
	String summary;

	@Field(type = io.github.esdsl.document.FieldType.KEYWORD)
	String section;

}
