package io.github.esdsl.slice;

import org.springframework.stereotype.Service;

/** A service-layer component that {@code @ElasticsearchDslTest} leaves out. */
@Service
public class NoteService {

}
