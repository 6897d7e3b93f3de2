package io.github.esdsl.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a document is saved: immutable, every method returns new options.
 *
 * <pre>{@code
 * operations.save(post, SaveOptions.defaults().create().refresh(Refresh.WAIT_FOR));
 * }</pre>
 */
public final class SaveOptions {

	private static final SaveOptions DEFAULTS = new SaveOptions(false, null, null, null, null, true, true);

	private final boolean create;

	private final Refresh refresh;

	private final String routing;

	private final Long ifSeqNo;

	private final Long ifPrimaryTerm;

	private final boolean validate;

	private final boolean skipEmpty;

	private SaveOptions(boolean create, Refresh refresh, String routing, Long ifSeqNo, Long ifPrimaryTerm,
			boolean validate, boolean skipEmpty) {
		this.skipEmpty = skipEmpty;
		this.create = create;
		this.refresh = refresh;
		this.routing = routing;
		this.ifSeqNo = ifSeqNo;
		this.ifPrimaryTerm = ifPrimaryTerm;
		this.validate = validate;
	}

	/** @return index (create or replace), no refresh, validated, unconditional */
	public static SaveOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Only create: fail with a {@link io.github.esdsl.connection.ConflictException} if the id exists
	 * ({@code op_type=create}).
	 * @return new options
	 */
	public SaveOptions create() {
		return new SaveOptions(true, this.refresh, this.routing, this.ifSeqNo, this.ifPrimaryTerm,
				this.validate, this.skipEmpty);
	}

	/**
	 * When the write becomes visible to search.
	 * @param refresh the refresh mode
	 * @return new options
	 */
	public SaveOptions refresh(Refresh refresh) {
		return new SaveOptions(this.create, refresh, this.routing, this.ifSeqNo, this.ifPrimaryTerm,
				this.validate, this.skipEmpty);
	}

	/**
	 * A routing that wins over the document's {@code @Routing} field.
	 * @param routing the routing
	 * @return new options
	 */
	public SaveOptions routing(String routing) {
		return new SaveOptions(this.create, this.refresh, routing, this.ifSeqNo, this.ifPrimaryTerm,
				this.validate, this.skipEmpty);
	}

	/**
	 * Write only if the stored document still has this sequence number and primary term.
	 * @param seqNo the {@code if_seq_no}
	 * @param primaryTerm the {@code if_primary_term}
	 * @return new options
	 */
	public SaveOptions ifSeqNo(long seqNo, long primaryTerm) {
		return new SaveOptions(this.create, this.refresh, this.routing, seqNo, primaryTerm,
				this.validate, this.skipEmpty);
	}

	/**
	 * Whether to validate (required fields, value types, {@link Cleanable#clean()}) first.
	 * @param validate {@code false} to skip validation
	 * @return new options
	 */
	public SaveOptions validate(boolean validate) {
		return new SaveOptions(this.create, this.refresh, this.routing, this.ifSeqNo, this.ifPrimaryTerm,
				validate, this.skipEmpty);
	}

	/**
	 * Whether {@code null} fields are left out of the source (the default), or written as
	 * {@code null}, Python's {@code save(skip_empty=False)}: the stored source then has the field
	 * with a {@code null} value.
	 * @param skipEmpty {@code false} to write {@code null} fields
	 * @return new options
	 */
	public SaveOptions skipEmpty(boolean skipEmpty) {
		return new SaveOptions(this.create, this.refresh, this.routing, this.ifSeqNo, this.ifPrimaryTerm,
				this.validate, skipEmpty);
	}

	boolean isSkipEmpty() {
		return this.skipEmpty;
	}

	boolean isCreate() {
		return this.create;
	}

	boolean isValidate() {
		return this.validate;
	}

	String routingOverride() {
		return this.routing;
	}

	Map<String, Object> params(String routing) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("routing", routing);
		params.put("refresh", (this.refresh != null) ? this.refresh.value() : null);
		params.put("if_seq_no", this.ifSeqNo);
		params.put("if_primary_term", this.ifPrimaryTerm);
		return params;
	}

	@Override
	public String toString() {
		return "SaveOptions{create=" + this.create + ", refresh=" + this.refresh + ", ifSeqNo=" + this.ifSeqNo
				+ ", ifPrimaryTerm=" + this.ifPrimaryTerm + ", validate=" + this.validate + ", skipEmpty=" + this.skipEmpty
				+ "}";
	}

}
