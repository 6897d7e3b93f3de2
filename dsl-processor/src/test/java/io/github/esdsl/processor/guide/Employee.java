package io.github.esdsl.processor.guide;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.Id;

/** The guide's {@code Employee(Document)} of the ES|QL section. */
@Document(index = "employees")
public class Employee {

	@Id
	public String id;

	@Field(name = "emp_no")
	public int empNo;

	@Field(name = "first_name")
	public String firstName;

	@Field(name = "last_name")
	public String lastName;

	public float height;

	@Field(name = "still_hired")
	public boolean stillHired;

	public Address address;

}
