package io.github.esdsl.aggs;

import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;

/**
 * Factories for geo aggregations, bucket and metric, inherited by {@link A} (use them as
 * {@code A.geohashGrid(...)}).
 */
abstract class GeoAggs extends SingleBucketAggs {

	GeoAggs() {
	}

	/**
	 * {@code {"geo_distance": {"field": field, "origin": origin, "ranges": ranges}}}.
	 * @param field the geo_point field
	 * @param origin the origin: {@code "52.37, 4.89"}, a map with lat and lon, or a list [lon, lat]
	 * @param ranges maps with from, to and key, in the distance unit
	 * @return the aggregation
	 */
	public static Agg geoDistance(String field, Object origin, List<? extends Map<String, ?>> ranges) {
		return geoDistance(field, origin, ranges, null);
	}

	/**
	 * {@code geo_distance} with options.
	 * @param field the geo_point field
	 * @param origin the origin
	 * @param ranges the ranges
	 * @param options unit, distance_type, keyed
	 * @return the aggregation
	 */
	public static Agg geoDistance(String field, Object origin, List<? extends Map<String, ?>> ranges,
			Map<String, ?> options) {
		return create("geo_distance", ParamMaps.of("geo_distance", options, "field",
				ParamMaps.fieldName("geo_distance", field), "origin", origin, "ranges", ranges));
	}

	/**
	 * {@code {"geohash_grid": {"field": field}}}.
	 * @param field the geo_point or geo_shape field
	 * @return the aggregation
	 */
	public static Agg geohashGrid(String field) {
		return geohashGrid(field, null);
	}

	/**
	 * {@code geohash_grid} with options.
	 * @param field the geo field
	 * @param options precision, bounds, size, shard_size
	 * @return the aggregation
	 */
	public static Agg geohashGrid(String field, Map<String, ?> options) {
		return onField("geohash_grid", field, options);
	}

	/**
	 * {@code {"geotile_grid": {"field": field}}}.
	 * @param field the geo field
	 * @return the aggregation
	 */
	public static Agg geotileGrid(String field) {
		return geotileGrid(field, null);
	}

	/**
	 * {@code geotile_grid} with options.
	 * @param field the geo field
	 * @param options precision, bounds, size, shard_size
	 * @return the aggregation
	 */
	public static Agg geotileGrid(String field, Map<String, ?> options) {
		return onField("geotile_grid", field, options);
	}

	/**
	 * {@code {"geohex_grid": {"field": field}}}.
	 * @param field the geo field
	 * @return the aggregation
	 */
	public static Agg geohexGrid(String field) {
		return geohexGrid(field, null);
	}

	/**
	 * {@code geohex_grid} with options.
	 * @param field the geo field
	 * @param options precision, bounds, size, shard_size
	 * @return the aggregation
	 */
	public static Agg geohexGrid(String field, Map<String, ?> options) {
		return onField("geohex_grid", field, options);
	}

	/**
	 * {@code {"geo_bounds": {"field": field}}}.
	 * @param field the geo field
	 * @return the aggregation
	 */
	public static Agg geoBounds(String field) {
		return geoBounds(field, null);
	}

	/**
	 * {@code geo_bounds} with options.
	 * @param field the geo field
	 * @param options wrap_longitude, missing
	 * @return the aggregation
	 */
	public static Agg geoBounds(String field, Map<String, ?> options) {
		return onField("geo_bounds", field, options);
	}

	/**
	 * {@code {"geo_centroid": {"field": field}}}.
	 * @param field the geo field
	 * @return the aggregation
	 */
	public static Agg geoCentroid(String field) {
		return geoCentroid(field, null);
	}

	/**
	 * {@code geo_centroid} with options.
	 * @param field the geo field
	 * @param options missing, script
	 * @return the aggregation
	 */
	public static Agg geoCentroid(String field, Map<String, ?> options) {
		return onField("geo_centroid", field, options);
	}

	/**
	 * {@code {"geo_line": {"point": {"field": pointField}, "sort": {"field": sortField}}}}.
	 * @param pointField the geo_point field
	 * @param sortField the numeric field ordering the points
	 * @return the aggregation
	 */
	public static Agg geoLine(String pointField, String sortField) {
		return geoLine(pointField, sortField, null);
	}

	/**
	 * {@code geo_line} with options.
	 * @param pointField the geo_point field
	 * @param sortField the numeric sort field
	 * @param options include_sort, sort_order, size
	 * @return the aggregation
	 */
	public static Agg geoLine(String pointField, String sortField, Map<String, ?> options) {
		return line("geo_line", pointField, sortField, options);
	}

	/**
	 * {@code {"line": {"point": {"field": pointField}, "sort": {"field": sortField}}}}, the
	 * geo_line variant the Python DSL also lists.
	 * @param pointField the geo_point field
	 * @param sortField the numeric sort field
	 * @return the aggregation
	 */
	public static Agg line(String pointField, String sortField) {
		return line(pointField, sortField, null);
	}

	/**
	 * {@code line} with options.
	 * @param pointField the geo_point field
	 * @param sortField the numeric sort field
	 * @param options include_sort, sort_order, size
	 * @return the aggregation
	 */
	public static Agg line(String pointField, String sortField, Map<String, ?> options) {
		return line("line", pointField, sortField, options);
	}

	private static Agg line(String type, String pointField, String sortField, Map<String, ?> options) {
		return create(type, ParamMaps.of(type, options, "point", fieldRef(type, pointField), "sort",
				fieldRef(type, sortField)));
	}

}
