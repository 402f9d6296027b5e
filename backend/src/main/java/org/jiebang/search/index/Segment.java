package org.jiebang.search.index;

/** A piece of highlighted text: {@code hit} when it matched the query. */
public record Segment(String text, boolean hit) {
}
