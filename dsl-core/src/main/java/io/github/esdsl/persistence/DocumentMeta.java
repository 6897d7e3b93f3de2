package io.github.esdsl.persistence;

/**
 * What Elasticsearch said about one stored document: where it is and which version it has. The
 * {@code seqNo} and {@code primaryTerm} make a later write conditional (optimistic concurrency).
 *
 * @param index the concrete index
 * @param id the {@code _id}
 * @param routing the routing, or {@code null}
 * @param version the {@code _version}, or {@code null} when not returned
 * @param seqNo the {@code _seq_no}, or {@code null} when not returned
 * @param primaryTerm the {@code _primary_term}, or {@code null} when not returned
 * @param score the {@code _score} of a search hit, or {@code null}
 */
public record DocumentMeta(String index, String id, String routing, Long version, Long seqNo, Long primaryTerm,
		Double score) {

	/**
	 * Whether a write can be made conditional on this state ({@code if_seq_no} and
	 * {@code if_primary_term} are both known).
	 * @return whether the sequence number and primary term are known
	 */
	public boolean hasSeqNo() {
		return this.seqNo != null && this.primaryTerm != null;
	}

}
