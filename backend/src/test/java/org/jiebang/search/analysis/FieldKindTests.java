package org.jiebang.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldKindTests {

    @Test
    void fieldNamesRoundTripThroughTheirKind() {
        for (FieldKind kind : FieldKind.values()) {
            String field = kind.field("capabilities");
            assertThat(FieldKind.of(field)).isEqualTo(kind);
            assertThat(FieldKind.base(field)).isEqualTo("capabilities");
        }
    }

    @Test
    void unknownSuffixesAreWordFields() {
        assertThat(FieldKind.of("title")).isEqualTo(FieldKind.WORDS);
        assertThat(FieldKind.of("track.onTime")).isEqualTo(FieldKind.WORDS);
    }
}
