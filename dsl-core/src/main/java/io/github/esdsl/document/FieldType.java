package io.github.esdsl.document;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Elasticsearch field types: every field class of the Python DSL's {@code field.py} (51
 * concrete types; its {@code CustomField} is {@link Field#customType()}, its abstract
 * {@code Field} and {@code RangeField} have no mapping type of their own), plus {@link #AUTO}.
 */
public enum FieldType {

	/**
	 * Not a type: infer it from the Java type (the default of {@link Field#type()}).
	 */
	AUTO(null),

	/** Elasticsearch {@code aggregate_metric_double}. */
	AGGREGATE_METRIC_DOUBLE("aggregate_metric_double"),

	/** Elasticsearch {@code alias}. */
	ALIAS("alias"),

	/** Elasticsearch {@code binary}. */
	BINARY("binary"),

	/** Elasticsearch {@code boolean}. */
	BOOLEAN("boolean"),

	/** Elasticsearch {@code byte}. */
	BYTE("byte"),

	/** Elasticsearch {@code completion}. */
	COMPLETION("completion"),

	/** Elasticsearch {@code constant_keyword}. */
	CONSTANT_KEYWORD("constant_keyword"),

	/** Elasticsearch {@code counted_keyword}. */
	COUNTED_KEYWORD("counted_keyword"),

	/** Elasticsearch {@code date}. */
	DATE("date"),

	/** Elasticsearch {@code date_nanos}. */
	DATE_NANOS("date_nanos"),

	/** Elasticsearch {@code date_range}. */
	DATE_RANGE("date_range"),

	/** Elasticsearch {@code dense_vector}. */
	DENSE_VECTOR("dense_vector"),

	/** Elasticsearch {@code double}. */
	DOUBLE("double"),

	/** Elasticsearch {@code double_range}. */
	DOUBLE_RANGE("double_range"),

	/** Elasticsearch {@code flattened}. */
	FLATTENED("flattened"),

	/** Elasticsearch {@code float}. */
	FLOAT("float"),

	/** Elasticsearch {@code float_range}. */
	FLOAT_RANGE("float_range"),

	/** Elasticsearch {@code geo_point}. */
	GEO_POINT("geo_point"),

	/** Elasticsearch {@code geo_shape}. */
	GEO_SHAPE("geo_shape"),

	/** Elasticsearch {@code half_float}. */
	HALF_FLOAT("half_float"),

	/** Elasticsearch {@code histogram}. */
	HISTOGRAM("histogram"),

	/** Elasticsearch {@code icu_collation_keyword}. */
	ICU_COLLATION_KEYWORD("icu_collation_keyword"),

	/** Elasticsearch {@code integer}. */
	INTEGER("integer"),

	/** Elasticsearch {@code integer_range}. */
	INTEGER_RANGE("integer_range"),

	/** Elasticsearch {@code ip}. */
	IP("ip"),

	/** Elasticsearch {@code ip_range}. */
	IP_RANGE("ip_range"),

	/** Elasticsearch {@code join}. */
	JOIN("join"),

	/** Elasticsearch {@code keyword}. */
	KEYWORD("keyword"),

	/** Elasticsearch {@code long}. */
	LONG("long"),

	/** Elasticsearch {@code long_range}. */
	LONG_RANGE("long_range"),

	/** Elasticsearch {@code match_only_text}. */
	MATCH_ONLY_TEXT("match_only_text"),

	/** Elasticsearch {@code murmur3}. */
	MURMUR3("murmur3"),

	/** Elasticsearch {@code nested}. */
	NESTED("nested"),

	/** Elasticsearch {@code object}. */
	OBJECT("object"),

	/** Elasticsearch {@code passthrough}. */
	PASSTHROUGH("passthrough"),

	/** Elasticsearch {@code percolator}. */
	PERCOLATOR("percolator"),

	/** Elasticsearch {@code point}. */
	POINT("point"),

	/** Elasticsearch {@code rank_feature}. */
	RANK_FEATURE("rank_feature"),

	/** Elasticsearch {@code rank_features}. */
	RANK_FEATURES("rank_features"),

	/** Elasticsearch {@code rank_vectors}. */
	RANK_VECTORS("rank_vectors"),

	/** Elasticsearch {@code scaled_float}. */
	SCALED_FLOAT("scaled_float"),

	/** Elasticsearch {@code search_as_you_type}. */
	SEARCH_AS_YOU_TYPE("search_as_you_type"),

	/** Elasticsearch {@code semantic_text}. */
	SEMANTIC_TEXT("semantic_text"),

	/** Elasticsearch {@code shape}. */
	SHAPE("shape"),

	/** Elasticsearch {@code short}. */
	SHORT("short"),

	/** Elasticsearch {@code sparse_vector}. */
	SPARSE_VECTOR("sparse_vector"),

	/** Elasticsearch {@code text}. */
	TEXT("text"),

	/** Elasticsearch {@code token_count}. */
	TOKEN_COUNT("token_count"),

	/** Elasticsearch {@code unsigned_long}. */
	UNSIGNED_LONG("unsigned_long"),

	/** Elasticsearch {@code version}. */
	VERSION("version"),

	/** Elasticsearch {@code wildcard}. */
	WILDCARD("wildcard");

	private static final Map<String, FieldType> BY_ES_TYPE = new HashMap<>();

	static {
		for (FieldType type : values()) {
			if (type.esType != null) {
				BY_ES_TYPE.put(type.esType, type);
			}
		}
	}

	private final String esType;

	FieldType(String esType) {
		this.esType = esType;
	}

	/**
	 * The type's name in a mapping, such as {@code "search_as_you_type"}.
	 * @return the Elasticsearch type name
	 * @throws UnsupportedOperationException for {@link #AUTO}, which stands for an inferred type
	 */
	public String esType() {
		if (this.esType == null) {
			throw new UnsupportedOperationException("FieldType.AUTO has no Elasticsearch type: it asks for inference "
					+ "from the Java type");
		}
		return this.esType;
	}

	/**
	 * Whether fields of this type hold sub-fields under {@code properties} (object, nested, passthrough).
	 * @return whether the type is object-like
	 */
	public boolean isObjectLike() {
		return this == OBJECT || this == NESTED || this == PASSTHROUGH;
	}

	/**
	 * Whether this is one of the range types ({@code integer_range}, {@code date_range}, ...).
	 * @return whether values are {@link Range}s
	 */
	public boolean isRange() {
		return this.esType != null && this.esType.endsWith("_range");
	}

	/**
	 * The constant for an Elasticsearch type name.
	 * @param esType a name such as {@code "keyword"}
	 * @return the field type
	 * @throws IllegalArgumentException naming the closest known types if there is none
	 */
	public static FieldType fromEsType(String esType) {
		FieldType type = (esType != null) ? BY_ES_TYPE.get(esType.toLowerCase(Locale.ROOT)) : null;
		if (type == null) {
			String closest = BY_ES_TYPE.keySet()
				.stream()
				.sorted(Comparator.comparingInt((String known) -> Names.distance(known, String.valueOf(esType)))
					.thenComparing(Comparator.naturalOrder()))
				.limit(3)
				.collect(Collectors.joining(", "));
			throw new IllegalArgumentException("Unknown field type '" + esType + "'; closest known types: " + closest
					+ " (all: " + Arrays.toString(BY_ES_TYPE.keySet().stream().sorted().toArray()) + ")");
		}
		return type;
	}

}
