package io.github.esdsl.autoconfigure.document.samples.blog;

public record NotADocument(String name) {
}
