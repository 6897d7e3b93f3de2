package io.github.esdsl.document;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EveryFieldTypeTest {

	static final class Inner {

		@Field(type = FieldType.KEYWORD)
		String value;

	}

	static final class EveryType {

		@Field(name = "aggregate_metric_double", type = FieldType.AGGREGATE_METRIC_DOUBLE)
		Object fieldAggregateMetricDouble;

		@Field(name = "alias", type = FieldType.ALIAS, options = @FieldOption(name = "path", value = "keyword"))
		Object fieldAlias;

		@Field(name = "binary", type = FieldType.BINARY)
		Object fieldBinary;

		@Field(name = "boolean", type = FieldType.BOOLEAN)
		Object fieldBoolean;

		@Field(name = "byte", type = FieldType.BYTE)
		Object fieldByte;

		@Field(name = "completion", type = FieldType.COMPLETION)
		Object fieldCompletion;

		@Field(name = "constant_keyword", type = FieldType.CONSTANT_KEYWORD)
		Object fieldConstantKeyword;

		@Field(name = "counted_keyword", type = FieldType.COUNTED_KEYWORD)
		Object fieldCountedKeyword;

		@Field(name = "date", type = FieldType.DATE)
		Object fieldDate;

		@Field(name = "date_nanos", type = FieldType.DATE_NANOS)
		Object fieldDateNanos;

		@Field(name = "date_range", type = FieldType.DATE_RANGE)
		Object fieldDateRange;

		@Field(name = "dense_vector", type = FieldType.DENSE_VECTOR)
		Object fieldDenseVector;

		@Field(name = "double", type = FieldType.DOUBLE)
		Object fieldDouble;

		@Field(name = "double_range", type = FieldType.DOUBLE_RANGE)
		Object fieldDoubleRange;

		@Field(name = "flattened", type = FieldType.FLATTENED)
		Object fieldFlattened;

		@Field(name = "float", type = FieldType.FLOAT)
		Object fieldFloat;

		@Field(name = "float_range", type = FieldType.FLOAT_RANGE)
		Object fieldFloatRange;

		@Field(name = "geo_point", type = FieldType.GEO_POINT)
		Object fieldGeoPoint;

		@Field(name = "geo_shape", type = FieldType.GEO_SHAPE)
		Object fieldGeoShape;

		@Field(name = "half_float", type = FieldType.HALF_FLOAT)
		Object fieldHalfFloat;

		@Field(name = "histogram", type = FieldType.HISTOGRAM)
		Object fieldHistogram;

		@Field(name = "icu_collation_keyword", type = FieldType.ICU_COLLATION_KEYWORD)
		Object fieldIcuCollationKeyword;

		@Field(name = "integer", type = FieldType.INTEGER)
		Object fieldInteger;

		@Field(name = "integer_range", type = FieldType.INTEGER_RANGE)
		Object fieldIntegerRange;

		@Field(name = "ip", type = FieldType.IP)
		Object fieldIp;

		@Field(name = "ip_range", type = FieldType.IP_RANGE)
		Object fieldIpRange;

		@Field(name = "join", type = FieldType.JOIN)
		Object fieldJoin;

		@Field(name = "keyword", type = FieldType.KEYWORD)
		Object fieldKeyword;

		@Field(name = "long", type = FieldType.LONG)
		Object fieldLong;

		@Field(name = "long_range", type = FieldType.LONG_RANGE)
		Object fieldLongRange;

		@Field(name = "match_only_text", type = FieldType.MATCH_ONLY_TEXT)
		Object fieldMatchOnlyText;

		@Field(name = "murmur3", type = FieldType.MURMUR3)
		Object fieldMurmur3;

		@Field(name = "nested", type = FieldType.NESTED)
		Inner fieldNested;

		@Field(name = "object", type = FieldType.OBJECT)
		Inner fieldObject;

		@Field(name = "passthrough", type = FieldType.PASSTHROUGH)
		Inner fieldPassthrough;

		@Field(name = "percolator", type = FieldType.PERCOLATOR)
		Object fieldPercolator;

		@Field(name = "point", type = FieldType.POINT)
		Object fieldPoint;

		@Field(name = "rank_feature", type = FieldType.RANK_FEATURE)
		Object fieldRankFeature;

		@Field(name = "rank_features", type = FieldType.RANK_FEATURES)
		Object fieldRankFeatures;

		@Field(name = "rank_vectors", type = FieldType.RANK_VECTORS)
		Object fieldRankVectors;

		@Field(name = "scaled_float", type = FieldType.SCALED_FLOAT, scalingFactor = 100)
		Object fieldScaledFloat;

		@Field(name = "search_as_you_type", type = FieldType.SEARCH_AS_YOU_TYPE)
		Object fieldSearchAsYouType;

		@Field(name = "semantic_text", type = FieldType.SEMANTIC_TEXT)
		Object fieldSemanticText;

		@Field(name = "shape", type = FieldType.SHAPE)
		Object fieldShape;

		@Field(name = "short", type = FieldType.SHORT)
		Object fieldShort;

		@Field(name = "sparse_vector", type = FieldType.SPARSE_VECTOR)
		Object fieldSparseVector;

		@Field(name = "text", type = FieldType.TEXT)
		Object fieldText;

		@Field(name = "token_count", type = FieldType.TOKEN_COUNT)
		Object fieldTokenCount;

		@Field(name = "unsigned_long", type = FieldType.UNSIGNED_LONG)
		Object fieldUnsignedLong;

		@Field(name = "version", type = FieldType.VERSION)
		Object fieldVersion;

		@Field(name = "wildcard", type = FieldType.WILDCARD)
		Object fieldWildcard;

	}

	@Test
	void everyFieldTypeIsWrittenWithItsElasticsearchName() {
		assertThat(Mapping.of(EveryType.class).toJson()).isEqualTo(
				"{\"properties\":{\"aggregate_metric_double\":{\"type\":\"aggregate_metric_double\"},\"alias\":{\"type\":\"alias\"," +
				"\"path\":\"keyword\"},\"binary\":{\"type\":\"binary\"},\"boolean\":{\"type\":\"boolean\"},\"byte\":{\"type\":\"byte\"},\"co" +
				"mpletion\":{\"type\":\"completion\"},\"constant_keyword\":{\"type\":\"constant_keyword\"},\"counted_keyword\":{\"t" +
				"ype\":\"counted_keyword\"},\"date\":{\"type\":\"date\"},\"date_nanos\":{\"type\":\"date_nanos\"},\"date_range\":{\"typ" +
				"e\":\"date_range\"},\"dense_vector\":{\"type\":\"dense_vector\"},\"double\":{\"type\":\"double\"},\"double_range\":{\"" +
				"type\":\"double_range\"},\"flattened\":{\"type\":\"flattened\"},\"float\":{\"type\":\"float\"},\"float_range\":{\"type" +
				"\":\"float_range\"},\"geo_point\":{\"type\":\"geo_point\"},\"geo_shape\":{\"type\":\"geo_shape\"},\"half_float\":{\"ty" +
				"pe\":\"half_float\"},\"histogram\":{\"type\":\"histogram\"},\"icu_collation_keyword\":{\"type\":\"icu_collation_ke" +
				"yword\"},\"integer\":{\"type\":\"integer\"},\"integer_range\":{\"type\":\"integer_range\"},\"ip\":{\"type\":\"ip\"},\"ip" +
				"_range\":{\"type\":\"ip_range\"},\"join\":{\"type\":\"join\"},\"keyword\":{\"type\":\"keyword\"},\"long\":{\"type\":\"long" +
				"\"},\"long_range\":{\"type\":\"long_range\"},\"match_only_text\":{\"type\":\"match_only_text\"},\"murmur3\":{\"type\"" +
				":\"murmur3\"},\"nested\":{\"type\":\"nested\",\"properties\":{\"value\":{\"type\":\"keyword\"}}},\"object\":{\"type\":\"o" +
				"bject\",\"properties\":{\"value\":{\"type\":\"keyword\"}}},\"passthrough\":{\"type\":\"passthrough\",\"properties\":{" +
				"\"value\":{\"type\":\"keyword\"}}},\"percolator\":{\"type\":\"percolator\"},\"point\":{\"type\":\"point\"},\"rank_featu" +
				"re\":{\"type\":\"rank_feature\"},\"rank_features\":{\"type\":\"rank_features\"},\"rank_vectors\":{\"type\":\"rank_ve" +
				"ctors\"},\"scaled_float\":{\"type\":\"scaled_float\",\"scaling_factor\":100.0},\"search_as_you_type\":{\"type\":\"" +
				"search_as_you_type\"},\"semantic_text\":{\"type\":\"semantic_text\"},\"shape\":{\"type\":\"shape\"},\"short\":{\"typ" +
				"e\":\"short\"},\"sparse_vector\":{\"type\":\"sparse_vector\"},\"text\":{\"type\":\"text\"},\"token_count\":{\"type\":\"t" +
				"oken_count\"},\"unsigned_long\":{\"type\":\"unsigned_long\"},\"version\":{\"type\":\"version\"},\"wildcard\":{\"type" +
				"\":\"wildcard\"}}}");
	}

	@Test
	void theMappingUsesEveryFieldTypeExceptAuto() {
		Map<String, Object> properties = Mapping.of(EveryType.class).properties();
		assertThat(properties.keySet()).isEqualTo(Arrays.stream(FieldType.values())
			.filter((type) -> type != FieldType.AUTO)
			.map(FieldType::esType)
			.collect(Collectors.toSet()));
		assertThat(FieldType.values()).hasSize(52);
	}

	@Test
	void everyEsTypeNameMapsBackToItsConstant() {
		for (FieldType type : FieldType.values()) {
			if (type != FieldType.AUTO) {
				assertThat(FieldType.fromEsType(type.esType())).isSameAs(type);
			}
		}
	}

}
