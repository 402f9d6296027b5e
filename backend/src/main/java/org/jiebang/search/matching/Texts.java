package org.jiebang.search.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Null-tolerant helpers for profile text, so that records never hold nulls. */
final class Texts {

    private Texts() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    static List<String> orEmpty(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
