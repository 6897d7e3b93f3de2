package io.github.esdsl.query;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.dsl.ParamMaps;
import io.github.esdsl.types.Options;

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
		return geoBoundingBox(field, bounds, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geo_bounding_box": {field: bounds}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param bounds top_left/bottom_right, top/left/bottom/right, or wkt
	 * @return the query
	 */
	public static Query geoBoundingBox(FieldRef field, Map<String, ?> bounds) {
		return geoBoundingBox(ParamMaps.fieldName("geo_bounding_box", field), bounds);
	}

	/**
	 * {@code {"geo_bounding_box": {field: bounds, ...options}}}.
	 * @param field the field
	 * @param bounds the box
	 * @param options validation_method, ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoBoundingBox(String field, Map<String, ?> bounds, Map<String, ?> options) {
		return leaf("geo_bounding_box", Params.of("geo_bounding_box", options,
				Params.fieldName("geo_bounding_box", field), bounds));
	}

	/**
	 * {@code {"geo_bounding_box": {field: bounds, ...options}}}.
	 * @param field the field
	 * @param bounds the box
	 * @param options sets the options on {@link GeoBoundingBoxOptions}
	 * @return the query
	 */
	public static Query geoBoundingBox(String field, Map<String, ?> bounds, UnaryOperator<GeoBoundingBoxOptions> options) {
		return geoBoundingBox(field, bounds, Options.build(new GeoBoundingBoxOptions(), options));
	}

	/**
	 * {@code {"geo_bounding_box": {field: bounds, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param bounds the box
	 * @param options validation_method, ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoBoundingBox(FieldRef field, Map<String, ?> bounds, Map<String, ?> options) {
		return geoBoundingBox(ParamMaps.fieldName("geo_bounding_box", field), bounds, options);
	}

	/**
	 * {@code {"geo_bounding_box": {field: bounds, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param bounds the box
	 * @param options sets the options on {@link GeoBoundingBoxOptions}
	 * @return the query
	 */
	public static Query geoBoundingBox(FieldRef field, Map<String, ?> bounds, UnaryOperator<GeoBoundingBoxOptions> options) {
		return geoBoundingBox(ParamMaps.fieldName("geo_bounding_box", field), bounds, options);
	}

	/**
	 * {@code {"geo_distance": {"distance": distance, field: location}}}.
	 * @param field the field
	 * @param location a {@code {"lat", "lon"}} map, {@code [lon, lat]} list, geohash or WKT
	 * @param distance the radius, e.g. {@code "200km"}
	 * @return the query
	 */
	public static Query geoDistance(String field, Object location, String distance) {
		return geoDistance(field, location, distance, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geo_distance": {"distance": distance, field: location}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param location a {@code {"lat", "lon"}} map, {@code [lon, lat]} list, geohash or WKT
	 * @param distance the radius, e.g. {@code "200km"}
	 * @return the query
	 */
	public static Query geoDistance(FieldRef field, Object location, String distance) {
		return geoDistance(ParamMaps.fieldName("geo_distance", field), location, distance);
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
		return leaf("geo_distance", Params.of("geo_distance", options, "distance", distance,
				Params.fieldName("geo_distance", field), location));
	}

	/**
	 * {@code geo_distance} with options.
	 * @param field the field
	 * @param location the centre
	 * @param distance the radius
	 * @param options sets the options on {@link GeoDistanceOptions}
	 * @return the query
	 */
	public static Query geoDistance(String field, Object location, String distance, UnaryOperator<GeoDistanceOptions> options) {
		return geoDistance(field, location, distance, Options.build(new GeoDistanceOptions(), options));
	}

	/**
	 * {@code geo_distance} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param location the centre
	 * @param distance the radius
	 * @param options distance_type, validation_method, ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoDistance(FieldRef field, Object location, String distance, Map<String, ?> options) {
		return geoDistance(ParamMaps.fieldName("geo_distance", field), location, distance, options);
	}

	/**
	 * {@code geo_distance} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param location the centre
	 * @param distance the radius
	 * @param options sets the options on {@link GeoDistanceOptions}
	 * @return the query
	 */
	public static Query geoDistance(FieldRef field, Object location, String distance, UnaryOperator<GeoDistanceOptions> options) {
		return geoDistance(ParamMaps.fieldName("geo_distance", field), location, distance, options);
	}

	/**
	 * {@code {"geo_grid": {field: cell}}}.
	 * @param field the field
	 * @param cell {@code {"geohash": …}}, {@code {"geotile": …}} or {@code {"geohex": …}}
	 * @return the query
	 */
	public static Query geoGrid(String field, Map<String, ?> cell) {
		return single("geo_grid", Params.fieldName("geo_grid", field), cell);
	}

	/**
	 * {@code {"geo_grid": {field: cell}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param cell {@code {"geohash": …}}, {@code {"geotile": …}} or {@code {"geohex": …}}
	 * @return the query
	 */
	public static Query geoGrid(FieldRef field, Map<String, ?> cell) {
		return geoGrid(ParamMaps.fieldName("geo_grid", field), cell);
	}

	/**
	 * {@code {"geo_grid": {field: cell}}} with the cell given through typed options, e.g.
	 * {@code Q.geoGrid("location", g -> g.geotile("6/32/22"))}.
	 * @param field the geo_point field
	 * @param cell sets the cell ({@code geohash}, {@code geotile} or {@code geohex}) on {@link GeoGridOptions}
	 * @return the query
	 */
	public static Query geoGrid(String field, UnaryOperator<GeoGridOptions> cell) {
		return geoGrid(field, Options.build(new GeoGridOptions(), cell));
	}

	/**
	 * {@code {"geo_grid": {field: cell}}} with the cell given through typed options.
	 * @param field the geo_point field, as a reference (e.g. from a generated metamodel)
	 * @param cell sets the cell on {@link GeoGridOptions}
	 * @return the query
	 */
	public static Query geoGrid(FieldRef field, UnaryOperator<GeoGridOptions> cell) {
		return geoGrid(ParamMaps.fieldName("geo_grid", field), cell);
	}

	/**
	 * {@code {"geo_polygon": {field: {"points": [...]}}}} (deprecated in Elasticsearch).
	 * @param field the field
	 * @param points the polygon's points
	 * @return the query
	 */
	public static Query geoPolygon(String field, List<?> points) {
		return geoPolygon(field, points, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geo_polygon": {field: {"points": [...]}}}} (deprecated in Elasticsearch).
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param points the polygon's points
	 * @return the query
	 */
	public static Query geoPolygon(FieldRef field, List<?> points) {
		return geoPolygon(ParamMaps.fieldName("geo_polygon", field), points);
	}

	/**
	 * {@code geo_polygon} with options.
	 * @param field the field
	 * @param points the polygon's points
	 * @param options validation_method, ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoPolygon(String field, List<?> points, Map<String, ?> options) {
		return leaf("geo_polygon", Params.of("geo_polygon", options, Params.fieldName("geo_polygon", field),
				Params.of("geo_polygon", null, "points", points)));
	}

	/**
	 * {@code geo_polygon} with options.
	 * @param field the field
	 * @param points the polygon's points
	 * @param options sets the options on {@link GeoPolygonOptions}
	 * @return the query
	 */
	public static Query geoPolygon(String field, List<?> points, UnaryOperator<GeoPolygonOptions> options) {
		return geoPolygon(field, points, Options.build(new GeoPolygonOptions(), options));
	}

	/**
	 * {@code geo_polygon} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param points the polygon's points
	 * @param options validation_method, ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoPolygon(FieldRef field, List<?> points, Map<String, ?> options) {
		return geoPolygon(ParamMaps.fieldName("geo_polygon", field), points, options);
	}

	/**
	 * {@code geo_polygon} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param points the polygon's points
	 * @param options sets the options on {@link GeoPolygonOptions}
	 * @return the query
	 */
	public static Query geoPolygon(FieldRef field, List<?> points, UnaryOperator<GeoPolygonOptions> options) {
		return geoPolygon(ParamMaps.fieldName("geo_polygon", field), points, options);
	}

	/**
	 * {@code {"geo_shape": {field: shapeQuery}}}.
	 * @param field the field
	 * @param shapeQuery {@code {"shape": {...}, "relation": …}} or {@code {"indexed_shape": {...}}}
	 * @return the query
	 */
	public static Query geoShape(String field, Map<String, ?> shapeQuery) {
		return geoShape(field, shapeQuery, (Map<String, ?>) null);
	}

	/**
	 * {@code {"geo_shape": {field: shapeQuery}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param shapeQuery {@code {"shape": {...}, "relation": …}} or {@code {"indexed_shape": {...}}}
	 * @return the query
	 */
	public static Query geoShape(FieldRef field, Map<String, ?> shapeQuery) {
		return geoShape(ParamMaps.fieldName("geo_shape", field), shapeQuery);
	}

	/**
	 * {@code geo_shape} with options.
	 * @param field the field
	 * @param shapeQuery the shape and relation
	 * @param options ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoShape(String field, Map<String, ?> shapeQuery, Map<String, ?> options) {
		return leaf("geo_shape", Params.of("geo_shape", options, Params.fieldName("geo_shape", field), shapeQuery));
	}

	/**
	 * {@code geo_shape} with options.
	 * @param field the field
	 * @param shapeQuery the shape and relation
	 * @param options sets the options on {@link GeoShapeOptions}
	 * @return the query
	 */
	public static Query geoShape(String field, Map<String, ?> shapeQuery, UnaryOperator<GeoShapeOptions> options) {
		return geoShape(field, shapeQuery, Options.build(new GeoShapeOptions(), options));
	}

	/**
	 * {@code geo_shape} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param shapeQuery the shape and relation
	 * @param options ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query geoShape(FieldRef field, Map<String, ?> shapeQuery, Map<String, ?> options) {
		return geoShape(ParamMaps.fieldName("geo_shape", field), shapeQuery, options);
	}

	/**
	 * {@code geo_shape} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param shapeQuery the shape and relation
	 * @param options sets the options on {@link GeoShapeOptions}
	 * @return the query
	 */
	public static Query geoShape(FieldRef field, Map<String, ?> shapeQuery, UnaryOperator<GeoShapeOptions> options) {
		return geoShape(ParamMaps.fieldName("geo_shape", field), shapeQuery, options);
	}

	/**
	 * {@code {"shape": {field: shapeQuery}}} for {@code shape} (cartesian) fields.
	 * @param field the field
	 * @param shapeQuery the shape and relation
	 * @return the query
	 */
	public static Query shape(String field, Map<String, ?> shapeQuery) {
		return shape(field, shapeQuery, (Map<String, ?>) null);
	}

	/**
	 * {@code {"shape": {field: shapeQuery}}} for {@code shape} (cartesian) fields.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param shapeQuery the shape and relation
	 * @return the query
	 */
	public static Query shape(FieldRef field, Map<String, ?> shapeQuery) {
		return shape(ParamMaps.fieldName("shape", field), shapeQuery);
	}

	/**
	 * {@code shape} with options.
	 * @param field the field
	 * @param shapeQuery the shape and relation
	 * @param options ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query shape(String field, Map<String, ?> shapeQuery, Map<String, ?> options) {
		return leaf("shape", Params.of("shape", options, Params.fieldName("shape", field), shapeQuery));
	}

	/**
	 * {@code shape} with options.
	 * @param field the field
	 * @param shapeQuery the shape and relation
	 * @param options sets the options on {@link ShapeOptions}
	 * @return the query
	 */
	public static Query shape(String field, Map<String, ?> shapeQuery, UnaryOperator<ShapeOptions> options) {
		return shape(field, shapeQuery, Options.build(new ShapeOptions(), options));
	}

	/**
	 * {@code shape} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param shapeQuery the shape and relation
	 * @param options ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query shape(FieldRef field, Map<String, ?> shapeQuery, Map<String, ?> options) {
		return shape(ParamMaps.fieldName("shape", field), shapeQuery, options);
	}

	/**
	 * {@code shape} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param shapeQuery the shape and relation
	 * @param options sets the options on {@link ShapeOptions}
	 * @return the query
	 */
	public static Query shape(FieldRef field, Map<String, ?> shapeQuery, UnaryOperator<ShapeOptions> options) {
		return shape(ParamMaps.fieldName("shape", field), shapeQuery, options);
	}

}
