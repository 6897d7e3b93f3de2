package io.github.esdsl.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.analysis.Normalizer;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingErrorsTest {

	static final class Node {

		String name;

		Child child;

	}

	static final class Child {

		List<Node> nodes;

	}

	static final class Untyped {

		Map<String, Object> values;

	}

	static final class Decimal {

		BigDecimal amount;

	}

	@SuppressWarnings("rawtypes")
	static final class Raw {

		List items;

	}

	static final class NormalizedText {

		@Field(normalizer = "lowercase")
		String title;

	}

	static final class KeywordDims {

		@Field(type = FieldType.KEYWORD, dims = 3)
		String tag;

	}

	static final class ScaledWithoutFactor {

		@Field(type = FieldType.SCALED_FLOAT)
		double price;

	}

	static final class ObjectWithMultiFields {

		@Field(type = FieldType.OBJECT, fields = @MultiField(name = "raw", type = FieldType.KEYWORD))
		Child child;

	}

	static final class AutoMultiField {

		@Field(fields = @MultiField(name = "raw", type = FieldType.AUTO))
		String title;

	}

	static final class KeywordProperties {

		@Field(type = FieldType.KEYWORD, properties = Child.class)
		String tag;

	}

	static final class KeywordDynamic {

		@Field(type = FieldType.KEYWORD, dynamic = Dynamic.STRICT)
		String tag;

	}

	static final class TypeAndCustomType {

		@Field(type = FieldType.TEXT, customType = "annotated_text")
		String text;

	}

	static final class TwoIds {

		@Id
		String id;

		@Id
		String other;

	}

	static final class SameName {

		@Field(name = "title")
		String heading;

		String title;

	}

	static final class StringRange {

		Range<String> letters;

	}

	static final class OptionNamedType {

		@Field(options = @FieldOption(name = "type", value = "keyword"))
		String title;

	}

	static final class NormalizerUsedAsAnalyzer {

		static final Normalizer FOLDING = Normalizer.custom("folding").filter("lowercase");

		@Field(analyzer = "folding")
		String title;

	}

	@Document(analyzers = String.class)
	static final class EmptyAnalyzers {

		String title;

	}

	@Document(mappingOptions = @Setting(name = "properties", value = "{}"))
	static final class PropertiesOption {

		String title;

	}

	@Test
	void cyclicObjectGraphIsRefusedWithThePath() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(Node.class))
			.withMessage("Cannot map the cyclic object graph " + Node.class.getName() + ".child -> "
					+ Child.class.getName() + ".nodes -> " + Node.class.getName()
					+ ": map one of these fields explicitly, e.g. @Field(type = FieldType.FLATTENED), or mark it transient");
	}

	@Test
	void mapWithoutTypeCannotBeInferred() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(Untyped.class))
			.withMessage("Cannot infer the field type of " + Untyped.class.getName()
					+ ".values from java.util.Map: annotate it with @Field(type = FieldType...)");
	}

	@Test
	void jdkTypeOutsideTheTableCannotBeInferred() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(Decimal.class))
			.withMessageContaining("from java.math.BigDecimal");
	}

	@Test
	void rawCollectionIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(Raw.class))
			.withMessage("Cannot map " + Raw.class.getName()
					+ ".items: its type java.util.List needs a type argument (raw types say nothing about their elements)");
	}

	@Test
	void attributeThatDoesNotApplyToTheTypeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(NormalizedText.class))
			.withMessage("normalizer does not apply to text field " + NormalizedText.class.getName()
					+ ".title; it applies to [keyword]");
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(KeywordDims.class))
			.withMessage("dims does not apply to keyword field " + KeywordDims.class.getName()
					+ ".tag; it applies to [dense_vector, rank_vectors]");
	}

	@Test
	void scaledFloatNeedsItsFactor() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(ScaledWithoutFactor.class))
			.withMessageContaining("needs a scaling factor");
	}

	@Test
	void objectsHaveNoMultiFieldsAndMultiFieldsNeedALeafType() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(ObjectWithMultiFields.class))
			.withMessage("object field " + ObjectWithMultiFields.class.getName()
					+ ".child cannot have multi-fields: only leaf fields can");
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(AutoMultiField.class))
			.withMessage("Multi-field " + AutoMultiField.class.getName()
					+ ".title (multi-field 'raw') needs a leaf type such as KEYWORD, not AUTO");
	}

	@Test
	void propertiesAndDynamicOnlyApplyToObjects() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(KeywordProperties.class))
			.withMessage("properties applies to object, nested and passthrough fields, not to keyword field "
					+ KeywordProperties.class.getName() + ".tag");
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(KeywordDynamic.class))
			.withMessageStartingWith("dynamic applies to object, nested and passthrough fields");
	}

	@Test
	void typeAndCustomTypeTogetherAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(TypeAndCustomType.class))
			.withMessage("Field " + TypeAndCustomType.class.getName()
					+ ".text gives both type = TEXT and customType = 'annotated_text'; give one");
	}

	@Test
	void twoIdFieldsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(TwoIds.class))
			.withMessage(TwoIds.class.getName() + " has 2 @Id fields ([id, other]); keep one");
	}

	@Test
	void twoFieldsWithOneElasticsearchNameAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(SameName.class))
			.withMessage("Fields " + SameName.class.getName() + ".heading and " + SameName.class.getName()
					+ ".title both map to the Elasticsearch field 'title'; rename one with @Field(name = ...)");
	}

	@Test
	void rangeOfUnsupportedBoundsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(StringRange.class))
			.withMessageStartingWith("Cannot infer a range type for " + StringRange.class.getName()
					+ ".letters from Range<java.lang.String>");
	}

	@Test
	void optionCannotSetTheType() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(OptionNamedType.class))
			.withMessageStartingWith("Option name 'type' of " + OptionNamedType.class.getName() + ".title is not allowed");
	}

	@Test
	void analyzerNameOfANormalizerIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(NormalizerUsedAsAnalyzer.class))
			.withMessage("Field " + NormalizerUsedAsAnalyzer.class.getName()
					+ ".title uses analyzer 'folding', but 'folding' is defined in the normalizer section of the analysis, "
					+ "not in the analyzer section");
	}

	@Test
	void analyzersClassWithoutDefinitionsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(EmptyAnalyzers.class))
			.withMessageStartingWith("@Document(analyzers = java.lang.String.class) names a class without static "
					+ "analysis definitions");
	}

	@Test
	void mappingOptionCannotReplaceProperties() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mapping.of(PropertiesOption.class))
			.withMessageStartingWith("Mapping option name 'properties' is not allowed");
	}

	@Test
	void unknownFieldTypeNameSuggestsTheClosest() {
		assertThatIllegalArgumentException().isThrownBy(() -> FieldType.fromEsType("keywrd"))
			.withMessageStartingWith("Unknown field type 'keywrd'; closest known types: keyword, ");
	}

	@Test
	void autoHasNoElasticsearchType() {
		assertThatThrownBy(FieldType.AUTO::esType).isInstanceOf(UnsupportedOperationException.class)
			.hasMessageContaining("FieldType.AUTO has no Elasticsearch type");
	}

}
