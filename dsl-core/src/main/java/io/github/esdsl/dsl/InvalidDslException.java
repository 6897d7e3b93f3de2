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
		String longer;
		if (this.path.isEmpty()) {
			longer = segment;
		}
		else if (this.path.startsWith("[")) {
			longer = segment + this.path;
		}
		else {
			longer = segment + "." + this.path;
		}
		InvalidDslException wider = new InvalidDslException(this.problem, longer, getCause());
		wider.setStackTrace(getStackTrace());
		return wider;
	}

}
