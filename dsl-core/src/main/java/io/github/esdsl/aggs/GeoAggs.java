package io.github.esdsl.aggs;

import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.types.Options;

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
		return geoDistance(field, origin, ranges, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geo_distance": {"field": field, "origin": origin, "ranges": ranges}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param origin the origin: {@code "52.37, 4.89"}, a map with lat and lon, or a list [lon, lat]
	 * @param ranges maps with from, to and key, in the distance unit
	 * @return the aggregation
	 */
	public static Agg geoDistance(FieldRef field, Object origin, List<? extends Map<String, ?>> ranges) {
		return geoDistance(ParamMaps.fieldName("geo_distance", field), origin, ranges);
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
	 * {@code geo_distance} with options.
	 * @param field the geo_point field
	 * @param origin the origin
	 * @param ranges the ranges
	 * @param options sets the options on {@link GeoDistanceAggOptions}
	 * @return the aggregation
	 */
	public static Agg geoDistance(String field, Object origin, List<? extends Map<String, ?>> ranges, UnaryOperator<GeoDistanceAggOptions> options) {
		return geoDistance(field, origin, ranges, Options.build(new GeoDistanceAggOptions(), options));
	}

	/**
	 * {@code geo_distance} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param origin the origin
	 * @param ranges the ranges
	 * @param options unit, distance_type, keyed
	 * @return the aggregation
	 */
	public static Agg geoDistance(FieldRef field, Object origin, List<? extends Map<String, ?>> ranges, Map<String, ?> options) {
		return geoDistance(ParamMaps.fieldName("geo_distance", field), origin, ranges, options);
	}

	/**
	 * {@code geo_distance} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param origin the origin
	 * @param ranges the ranges
	 * @param options sets the options on {@link GeoDistanceAggOptions}
	 * @return the aggregation
	 */
	public static Agg geoDistance(FieldRef field, Object origin, List<? extends Map<String, ?>> ranges, UnaryOperator<GeoDistanceAggOptions> options) {
		return geoDistance(ParamMaps.fieldName("geo_distance", field), origin, ranges, options);
	}

	/**
	 * {@code {"geohash_grid": {"field": field}}}.
	 * @param field the geo_point or geo_shape field
	 * @return the aggregation
	 */
	public static Agg geohashGrid(String field) {
		return geohashGrid(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geohash_grid": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg geohashGrid(FieldRef field) {
		return geohashGrid(ParamMaps.fieldName("geohash_grid", field));
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
	 * {@code geohash_grid} with options.
	 * @param field the geo field
	 * @param options sets the options on {@link GeohashGridAggOptions}
	 * @return the aggregation
	 */
	public static Agg geohashGrid(String field, UnaryOperator<GeohashGridAggOptions> options) {
		return geohashGrid(field, Options.build(new GeohashGridAggOptions(), options));
	}

	/**
	 * {@code geohash_grid} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options precision, bounds, size, shard_size
	 * @return the aggregation
	 */
	public static Agg geohashGrid(FieldRef field, Map<String, ?> options) {
		return geohashGrid(ParamMaps.fieldName("geohash_grid", field), options);
	}

	/**
	 * {@code geohash_grid} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link GeohashGridAggOptions}
	 * @return the aggregation
	 */
	public static Agg geohashGrid(FieldRef field, UnaryOperator<GeohashGridAggOptions> options) {
		return geohashGrid(ParamMaps.fieldName("geohash_grid", field), options);
	}

	/**
	 * {@code {"geotile_grid": {"field": field}}}.
	 * @param field the geo field
	 * @return the aggregation
	 */
	public static Agg geotileGrid(String field) {
		return geotileGrid(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geotile_grid": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg geotileGrid(FieldRef field) {
		return geotileGrid(ParamMaps.fieldName("geotile_grid", field));
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
	 * {@code geotile_grid} with options.
	 * @param field the geo field
	 * @param options sets the options on {@link GeotileGridAggOptions}
	 * @return the aggregation
	 */
	public static Agg geotileGrid(String field, UnaryOperator<GeotileGridAggOptions> options) {
		return geotileGrid(field, Options.build(new GeotileGridAggOptions(), options));
	}

	/**
	 * {@code geotile_grid} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options precision, bounds, size, shard_size
	 * @return the aggregation
	 */
	public static Agg geotileGrid(FieldRef field, Map<String, ?> options) {
		return geotileGrid(ParamMaps.fieldName("geotile_grid", field), options);
	}

	/**
	 * {@code geotile_grid} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link GeotileGridAggOptions}
	 * @return the aggregation
	 */
	public static Agg geotileGrid(FieldRef field, UnaryOperator<GeotileGridAggOptions> options) {
		return geotileGrid(ParamMaps.fieldName("geotile_grid", field), options);
	}

	/**
	 * {@code {"geohex_grid": {"field": field}}}.
	 * @param field the geo field
	 * @return the aggregation
	 */
	public static Agg geohexGrid(String field) {
		return geohexGrid(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geohex_grid": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg geohexGrid(FieldRef field) {
		return geohexGrid(ParamMaps.fieldName("geohex_grid", field));
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
	 * {@code geohex_grid} with options.
	 * @param field the geo field
	 * @param options sets the options on {@link GeohexGridAggOptions}
	 * @return the aggregation
	 */
	public static Agg geohexGrid(String field, UnaryOperator<GeohexGridAggOptions> options) {
		return geohexGrid(field, Options.build(new GeohexGridAggOptions(), options));
	}

	/**
	 * {@code geohex_grid} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options precision, bounds, size, shard_size
	 * @return the aggregation
	 */
	public static Agg geohexGrid(FieldRef field, Map<String, ?> options) {
		return geohexGrid(ParamMaps.fieldName("geohex_grid", field), options);
	}

	/**
	 * {@code geohex_grid} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link GeohexGridAggOptions}
	 * @return the aggregation
	 */
	public static Agg geohexGrid(FieldRef field, UnaryOperator<GeohexGridAggOptions> options) {
		return geohexGrid(ParamMaps.fieldName("geohex_grid", field), options);
	}

	/**
	 * {@code {"geo_bounds": {"field": field}}}.
	 * @param field the geo field
	 * @return the aggregation
	 */
	public static Agg geoBounds(String field) {
		return geoBounds(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geo_bounds": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg geoBounds(FieldRef field) {
		return geoBounds(ParamMaps.fieldName("geo_bounds", field));
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
	 * {@code geo_bounds} with options.
	 * @param field the geo field
	 * @param options sets the options on {@link GeoBoundsAggOptions}
	 * @return the aggregation
	 */
	public static Agg geoBounds(String field, UnaryOperator<GeoBoundsAggOptions> options) {
		return geoBounds(field, Options.build(new GeoBoundsAggOptions(), options));
	}

	/**
	 * {@code geo_bounds} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options wrap_longitude, missing
	 * @return the aggregation
	 */
	public static Agg geoBounds(FieldRef field, Map<String, ?> options) {
		return geoBounds(ParamMaps.fieldName("geo_bounds", field), options);
	}

	/**
	 * {@code geo_bounds} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link GeoBoundsAggOptions}
	 * @return the aggregation
	 */
	public static Agg geoBounds(FieldRef field, UnaryOperator<GeoBoundsAggOptions> options) {
		return geoBounds(ParamMaps.fieldName("geo_bounds", field), options);
	}

	/**
	 * {@code {"geo_centroid": {"field": field}}}.
	 * @param field the geo field
	 * @return the aggregation
	 */
	public static Agg geoCentroid(String field) {
		return geoCentroid(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geo_centroid": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg geoCentroid(FieldRef field) {
		return geoCentroid(ParamMaps.fieldName("geo_centroid", field));
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
	 * {@code geo_centroid} with options.
	 * @param field the geo field
	 * @param options sets the options on {@link GeoCentroidAggOptions}
	 * @return the aggregation
	 */
	public static Agg geoCentroid(String field, UnaryOperator<GeoCentroidAggOptions> options) {
		return geoCentroid(field, Options.build(new GeoCentroidAggOptions(), options));
	}

	/**
	 * {@code geo_centroid} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options missing, script
	 * @return the aggregation
	 */
	public static Agg geoCentroid(FieldRef field, Map<String, ?> options) {
		return geoCentroid(ParamMaps.fieldName("geo_centroid", field), options);
	}

	/**
	 * {@code geo_centroid} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link GeoCentroidAggOptions}
	 * @return the aggregation
	 */
	public static Agg geoCentroid(FieldRef field, UnaryOperator<GeoCentroidAggOptions> options) {
		return geoCentroid(ParamMaps.fieldName("geo_centroid", field), options);
	}

	/**
	 * {@code {"geo_line": {"point": {"field": pointField}, "sort": {"field": sortField}}}}.
	 * @param pointField the geo_point field
	 * @param sortField the numeric field ordering the points
	 * @return the aggregation
	 */
	public static Agg geoLine(String pointField, String sortField) {
		return geoLine(pointField, sortField, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geo_line": {"point": {"field": pointField}, "sort": {"field": sortField}}}}.
	 * @param pointField the field, as a reference (e.g. from a generated metamodel)
	 * @param sortField the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg geoLine(FieldRef pointField, FieldRef sortField) {
		return geoLine(ParamMaps.fieldName("geo_line", pointField), ParamMaps.fieldName("geo_line", sortField));
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
	 * {@code geo_line} with options.
	 * @param pointField the geo_point field
	 * @param sortField the numeric sort field
	 * @param options sets the options on {@link GeoLineAggOptions}
	 * @return the aggregation
	 */
	public static Agg geoLine(String pointField, String sortField, UnaryOperator<GeoLineAggOptions> options) {
		return geoLine(pointField, sortField, Options.build(new GeoLineAggOptions(), options));
	}

	/**
	 * {@code geo_line} with options.
	 * @param pointField the field, as a reference (e.g. from a generated metamodel)
	 * @param sortField the field, as a reference (e.g. from a generated metamodel)
	 * @param options include_sort, sort_order, size
	 * @return the aggregation
	 */
	public static Agg geoLine(FieldRef pointField, FieldRef sortField, Map<String, ?> options) {
		return geoLine(ParamMaps.fieldName("geo_line", pointField), ParamMaps.fieldName("geo_line", sortField), options);
	}

	/**
	 * {@code geo_line} with options.
	 * @param pointField the field, as a reference (e.g. from a generated metamodel)
	 * @param sortField the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link GeoLineAggOptions}
	 * @return the aggregation
	 */
	public static Agg geoLine(FieldRef pointField, FieldRef sortField, UnaryOperator<GeoLineAggOptions> options) {
		return geoLine(ParamMaps.fieldName("geo_line", pointField), ParamMaps.fieldName("geo_line", sortField), options);
	}

	/**
	 * {@code {"line": {"point": {"field": pointField}, "sort": {"field": sortField}}}}, the
	 * geo_line variant the Python DSL also lists.
	 * @param pointField the geo_point field
	 * @param sortField the numeric sort field
	 * @return the aggregation
	 */
	public static Agg line(String pointField, String sortField) {
		return line(pointField, sortField, (Map<String, ?>) null);
	}

	/**
	 * {@code {"line": {"point": {"field": pointField}, "sort": {"field": sortField}}}}, the
	 * geo_line variant the Python DSL also lists.
	 * @param pointField the field, as a reference (e.g. from a generated metamodel)
	 * @param sortField the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg line(FieldRef pointField, FieldRef sortField) {
		return line(ParamMaps.fieldName("line", pointField), ParamMaps.fieldName("line", sortField));
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

	/**
	 * {@code line} with options.
	 * @param pointField the geo_point field
	 * @param sortField the numeric sort field
	 * @param options sets the options on {@link LineAggOptions}
	 * @return the aggregation
	 */
	public static Agg line(String pointField, String sortField, UnaryOperator<LineAggOptions> options) {
		return line(pointField, sortField, Options.build(new LineAggOptions(), options));
	}

	/**
	 * {@code line} with options.
	 * @param pointField the field, as a reference (e.g. from a generated metamodel)
	 * @param sortField the field, as a reference (e.g. from a generated metamodel)
	 * @param options include_sort, sort_order, size
	 * @return the aggregation
	 */
	public static Agg line(FieldRef pointField, FieldRef sortField, Map<String, ?> options) {
		return line(ParamMaps.fieldName("line", pointField), ParamMaps.fieldName("line", sortField), options);
	}

	/**
	 * {@code line} with options.
	 * @param pointField the field, as a reference (e.g. from a generated metamodel)
	 * @param sortField the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link LineAggOptions}
	 * @return the aggregation
	 */
	public static Agg line(FieldRef pointField, FieldRef sortField, UnaryOperator<LineAggOptions> options) {
		return line(ParamMaps.fieldName("line", pointField), ParamMaps.fieldName("line", sortField), options);
	}

	private static Agg line(String type, String pointField, String sortField, Map<String, ?> options) {
		return create(type, ParamMaps.of(type, options, "point", fieldRef(type, pointField), "sort",
				fieldRef(type, sortField)));
	}

	/**
	 * {@code {"cartesian_bounds": {"field": field}}}: the bounding box of point or shape values.
	 * @param field the point or shape field
	 * @return the aggregation
	 */
	public static Agg cartesianBounds(String field) {
		return cartesianBounds(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"cartesian_bounds": {"field": field}}}: the bounding box of point or shape values.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg cartesianBounds(FieldRef field) {
		return cartesianBounds(ParamMaps.fieldName("cartesian_bounds", field));
	}

	/**
	 * {@code {"cartesian_bounds": {"field": field, ...options}}}.
	 * @param field the point or shape field
	 * @param options missing, script, …
	 * @return the aggregation
	 */
	public static Agg cartesianBounds(String field, Map<String, ?> options) {
		return onField("cartesian_bounds", field, options);
	}

	/**
	 * {@code {"cartesian_bounds": {"field": field, ...options}}}.
	 * @param field the point or shape field
	 * @param options sets the options on {@link CartesianBoundsAggOptions}
	 * @return the aggregation
	 */
	public static Agg cartesianBounds(String field, UnaryOperator<CartesianBoundsAggOptions> options) {
		return cartesianBounds(field, Options.build(new CartesianBoundsAggOptions(), options));
	}

	/**
	 * {@code {"cartesian_bounds": {"field": field, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options missing, script, …
	 * @return the aggregation
	 */
	public static Agg cartesianBounds(FieldRef field, Map<String, ?> options) {
		return cartesianBounds(ParamMaps.fieldName("cartesian_bounds", field), options);
	}

	/**
	 * {@code {"cartesian_bounds": {"field": field, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link CartesianBoundsAggOptions}
	 * @return the aggregation
	 */
	public static Agg cartesianBounds(FieldRef field, UnaryOperator<CartesianBoundsAggOptions> options) {
		return cartesianBounds(ParamMaps.fieldName("cartesian_bounds", field), options);
	}

	/**
	 * {@code {"cartesian_centroid": {"field": field}}}: the centroid of point or shape values.
	 * @param field the point or shape field
	 * @return the aggregation
	 */
	public static Agg cartesianCentroid(String field) {
		return cartesianCentroid(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"cartesian_centroid": {"field": field}}}: the centroid of point or shape values.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg cartesianCentroid(FieldRef field) {
		return cartesianCentroid(ParamMaps.fieldName("cartesian_centroid", field));
	}

	/**
	 * {@code {"cartesian_centroid": {"field": field, ...options}}}.
	 * @param field the point or shape field
	 * @param options missing, script, …
	 * @return the aggregation
	 */
	public static Agg cartesianCentroid(String field, Map<String, ?> options) {
		return onField("cartesian_centroid", field, options);
	}

	/**
	 * {@code {"cartesian_centroid": {"field": field, ...options}}}.
	 * @param field the point or shape field
	 * @param options sets the options on {@link CartesianCentroidAggOptions}
	 * @return the aggregation
	 */
	public static Agg cartesianCentroid(String field, UnaryOperator<CartesianCentroidAggOptions> options) {
		return cartesianCentroid(field, Options.build(new CartesianCentroidAggOptions(), options));
	}

	/**
	 * {@code {"cartesian_centroid": {"field": field, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options missing, script, …
	 * @return the aggregation
	 */
	public static Agg cartesianCentroid(FieldRef field, Map<String, ?> options) {
		return cartesianCentroid(ParamMaps.fieldName("cartesian_centroid", field), options);
	}

	/**
	 * {@code {"cartesian_centroid": {"field": field, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link CartesianCentroidAggOptions}
	 * @return the aggregation
	 */
	public static Agg cartesianCentroid(FieldRef field, UnaryOperator<CartesianCentroidAggOptions> options) {
		return cartesianCentroid(ParamMaps.fieldName("cartesian_centroid", field), options);
	}
}
