package io.github.esdsl.query;

abstract class SpecializedQueries extends JoiningQueries {

	SpecializedQueries() {
	}

}
