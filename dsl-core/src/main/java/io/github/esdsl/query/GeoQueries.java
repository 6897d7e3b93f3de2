package io.github.esdsl.query;

import java.util.List;
import java.util.Map;

/**
 * Factories for geo and shape queries, inherited by {@link Q} (use them as
 * {@code Q.geoDistance(...)}). Options sit beside the field.
 */
abstract class GeoQueries extends CompoundQueries {

	GeoQueries() {
	}

	/**
	 * {@code {"geo_bounding_box": {field: bounds}}}.
	 * @param field the geo_point or geo_shape field
	 * @param bounds top_left/bottom_right, top/left/bottom/right, or wkt
	 * @return the query
	 */
	public static Query geoBoundingBox(String field, Map<String, ?> bounds) {
		return geoBoundingBox(field, bounds, null);
	}

	/**
	 * {@code {"geo_bounding_box": {field: bounds, ...options}}}.
	 * @param field the field
	 * @param bounds the box
	 * @param options validation_method, ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoBoundingBox(String field, Map<String, ?> bounds, Map<String, ?> options) {
		return create("geo_bounding_box", Params.of("geo_bounding_box", options,
				Params.fieldName("geo_bounding_box", field), bounds));
	}

	/**
	 * {@code {"geo_distance": {"distance": distance, field: location}}}.
	 * @param field the field
	 * @param location a {@code {"lat", "lon"}} map, {@code [lon, lat]} list, geohash or WKT
	 * @param distance the radius, e.g. {@code "200km"}
	 * @return the query
	 */
	public static Query geoDistance(String field, Object location, String distance) {
		return geoDistance(field, location, distance, null);
	}

	/**
	 * {@code geo_distance} with options.
	 * @param field the field
	 * @param location the centre
	 * @param distance the radius
	 * @param options distance_type, validation_method, ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoDistance(String field, Object location, String distance, Map<String, ?> options) {
		return create("geo_distance", Params.of("geo_distance", options, "distance", distance,
				Params.fieldName("geo_distance", field), location));
	}

	/**
	 * {@code {"geo_grid": {field: cell}}}.
	 * @param field the field
	 * @param cell {@code {"geohash": …}}, {@code {"geotile": …}} or {@code {"geohex": …}}
	 * @return the query
	 */
	public static Query geoGrid(String field, Map<String, ?> cell) {
		return create("geo_grid", Params.of("geo_grid", null, Params.fieldName("geo_grid", field), cell));
	}

	/**
	 * {@code {"geo_polygon": {field: {"points": [...]}}}} (deprecated in Elasticsearch).
	 * @param field the field
	 * @param points the polygon's points
	 * @return the query
	 */
	public static Query geoPolygon(String field, List<?> points) {
		return geoPolygon(field, points, null);
	}

	/**
	 * {@code geo_polygon} with options.
	 * @param field the field
	 * @param points the polygon's points
	 * @param options validation_method, ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoPolygon(String field, List<?> points, Map<String, ?> options) {
		return create("geo_polygon", Params.of("geo_polygon", options, Params.fieldName("geo_polygon", field),
				Params.of("geo_polygon", null, "points", points)));
	}

	/**
	 * {@code {"geo_shape": {field: shapeQuery}}}.
	 * @param field the field
	 * @param shapeQuery {@code {"shape": {...}, "relation": …}} or {@code {"indexed_shape": {...}}}
	 * @return the query
	 */
	public static Query geoShape(String field, Map<String, ?> shapeQuery) {
		return geoShape(field, shapeQuery, null);
	}

	/**
	 * {@code geo_shape} with options.
	 * @param field the field
	 * @param shapeQuery the shape and relation
	 * @param options ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoShape(String field, Map<String, ?> shapeQuery, Map<String, ?> options) {
		return create("geo_shape", Params.of("geo_shape", options, Params.fieldName("geo_shape", field), shapeQuery));
	}

	/**
	 * {@code {"shape": {field: shapeQuery}}} for {@code shape} (cartesian) fields.
	 * @param field the field
	 * @param shapeQuery the shape and relation
	 * @return the query
	 */
	public static Query shape(String field, Map<String, ?> shapeQuery) {
		return shape(field, shapeQuery, null);
	}

	/**
	 * {@code shape} with options.
	 * @param field the field
	 * @param shapeQuery the shape and relation
	 * @param options ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query shape(String field, Map<String, ?> shapeQuery, Map<String, ?> options) {
		return create("shape", Params.of("shape", options, Params.fieldName("shape", field), shapeQuery));
	}

}
