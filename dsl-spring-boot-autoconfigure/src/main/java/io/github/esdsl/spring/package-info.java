/**
 * Spring-facing entry points of esdsl: {@link io.github.esdsl.spring.SearchTemplate}, one per
 * connection alias, with Spring Data {@code Pageable} in and {@code Page} out for searches.
 */
package io.github.esdsl.spring;
