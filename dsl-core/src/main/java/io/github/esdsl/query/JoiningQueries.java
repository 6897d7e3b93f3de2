package io.github.esdsl.query;

abstract class JoiningQueries extends SpanQueries {

	JoiningQueries() {
	}

}
