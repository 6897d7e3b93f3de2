package io.github.esdsl.reliability;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Id;

/**
 * A numbered test document whose id is its number.
 *
 * @param id the id, the number as text
 * @param n the number
 */
@Document(index = "reliability-readings")
record Reading(@Id String id, int n) {

	static Reading of(int n) {
		return new Reading(Integer.toString(n), n);
	}

}
