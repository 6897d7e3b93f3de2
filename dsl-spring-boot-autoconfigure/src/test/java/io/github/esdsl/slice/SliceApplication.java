package io.github.esdsl.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * An application for the slice and embedded-node tests. Its own configuration points every
 * alias at a port where nothing listens, as a production {@code application.yml} would point at a
 * cluster the tests must not touch.
 */
@SpringBootApplication
@PropertySource("classpath:io/github/esdsl/slice/application-hosts.properties")
public class SliceApplication {

}
