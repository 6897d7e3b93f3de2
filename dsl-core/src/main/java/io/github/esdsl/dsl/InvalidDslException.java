package io.github.esdsl.dsl;

/**
 * Thrown when a DSL value is built from malformed input: a wrong shape, an unknown name, a value
 * of an unsupported type, or nesting deeper than {@link DslObject#MAX_DEPTH}.
 *
 * <p>The message says what was wrong and, for nested input, where: the {@link #path()} of the
 * offending part, such as {@code bool.must[1].nested.query}.
 */
public class InvalidDslException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private static final int MAX_PROBLEM = 1000;

	private static final int MAX_SEGMENT = 100;

	private static final int MAX_PATH = 2000;

	private static final ThreadLocal<Boolean> WRAPPING = new ThreadLocal<>();

	private final String problem;

	private final String path;

	/**
	 * Creates an exception for a problem found at the top of the input.
	 * @param problem what was wrong and what would be right
	 */
	public InvalidDslException(String problem) {
		this(problem, "", null);
	}

	private InvalidDslException(String problem, String path, Throwable cause) {
		super(path.isEmpty() ? bounded(problem) : bounded(problem) + " (at " + abbreviate(path) + ")", cause);
		this.problem = bounded(problem);
		this.path = path;
	}

	/**
	 * Keeps the start (what was wrong) and the end (what would be right) of a problem that quotes
	 * a huge value, so a message stays readable and loggable.
	 */
	private static String bounded(String problem) {
		if (problem == null || problem.length() <= MAX_PROBLEM) {
			return problem;
		}
		return problem.substring(0, 600) + "...(" + (problem.length() - 900) + " characters left out)..."
				+ problem.substring(problem.length() - 300);
	}

	private static String abbreviate(String path) {
		return (path.length() <= 160) ? path : path.substring(0, 157) + "...";
	}

	/**
	 * What was wrong, without the path.
	 * @return the problem
	 */
	public String problem() {
		return this.problem;
	}

	/**
	 * Where in the input the problem is, such as {@code bool.must[1]}; empty at the top.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * The same problem seen from one level up.
	 * @param segment the parameter name (or {@code [index]}) leading to where this was thrown
	 * @return a new exception with the longer path
	 */
	public InvalidDslException within(String segment) {
		String outer = (segment.length() <= MAX_SEGMENT) ? segment : segment.substring(0, MAX_SEGMENT) + "...";
		String longer;
		if (this.path.isEmpty()) {
			longer = outer;
		}
		else if (this.path.startsWith("[")) {
			longer = outer + this.path;
		}
		else {
			longer = outer + "." + this.path;
		}
		if (longer.length() > MAX_PATH) {
			// keep the outer part, which says where to look; a cycle or a huge input repeats the rest
			longer = longer.substring(0, MAX_PATH) + "...";
		}
		InvalidDslException wider;
		WRAPPING.set(Boolean.TRUE);
		try {
			wider = new InvalidDslException(this.problem, longer, getCause());
		}
		finally {
			WRAPPING.remove();
		}
		wider.setStackTrace(getStackTrace());
		return wider;
	}

	/**
	 * Skipped for the copies made by {@link #within(String)}, which take the original's stack
	 * trace: walking a deep stack once per level of a deeply nested input would be quadratic.
	 */
	@Override
	public synchronized Throwable fillInStackTrace() {
		return (WRAPPING.get() != null) ? this : super.fillInStackTrace();
	}

}
