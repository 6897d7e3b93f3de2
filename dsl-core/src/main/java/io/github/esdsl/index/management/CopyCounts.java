package io.github.esdsl.index.management;

/**
 * What a copy from one index to another did so far.
 *
 * @param processed documents of the source read
 * @param created documents created in the destination
 * @param superseded documents skipped because the destination had a newer write ({@code op_type=create} conflict)
 * @param failures documents that could not be written
 */
record CopyCounts(long processed, long created, long superseded, long failures) {

	static final CopyCounts NONE = new CopyCounts(0, 0, 0, 0);

	CopyCounts plus(CopyCounts other) {
		return plus(other.processed, other.created, other.superseded, other.failures);
	}

	CopyCounts plus(long read, long made, long skipped, long failed) {
		return new CopyCounts(this.processed + read, this.created + made, this.superseded + skipped,
				this.failures + failed);
	}

}
