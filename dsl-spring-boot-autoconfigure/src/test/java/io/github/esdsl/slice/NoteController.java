package io.github.esdsl.slice;

import org.springframework.stereotype.Controller;

/** A web-layer component that {@code @ElasticsearchDslTest} leaves out. */
@Controller
public class NoteController {

}
