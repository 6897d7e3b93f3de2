package io.github.esdsl.autoconfigure.document.samples.orphan;

import io.github.esdsl.document.Document;

@Document(index = "orphans", using = "missing")
public record Orphan(String name) {
}
