package io.github.esdsl.processor.guide;

import io.github.esdsl.document.Field;

/** The guide's {@code Address(InnerDoc)}. */
public record Address(String address, String city, @Field(name = "zip_code") String zipCode) {
}
