package io.github.esdsl.persistence;

/**
 * One token from the {@code _analyze} API.
 *
 * @param token the term
 * @param startOffset where it starts in the text
 * @param endOffset where it ends in the text
 * @param type the token type, such as {@code <ALPHANUM>} or {@code word}
 * @param position its position in the token stream
 */
public record AnalyzeToken(String token, int startOffset, int endOffset, String type, int position) {

}
