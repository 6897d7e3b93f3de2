package io.github.esdsl.query;

abstract class SpanQueries extends GeoQueries {

	SpanQueries() {
	}

}
