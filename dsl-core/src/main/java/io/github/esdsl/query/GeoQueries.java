package io.github.esdsl.query;

abstract class GeoQueries extends CompoundQueries {

	GeoQueries() {
	}

}
