package io.github.esdsl.types;

/**
 * A closed set of values Elasticsearch accepts for a parameter, as a Java enum whose constants
 * know how Elasticsearch spells them ({@code Operator.AND} is {@code "and"}). DSL values store and
 * send the {@link #jsonValue() wire value}, also when such a constant is given in a raw map.
 */
public interface JsonEnum {

	/**
	 * The value as Elasticsearch spells it.
	 * @return the wire value
	 */
	String jsonValue();

}
