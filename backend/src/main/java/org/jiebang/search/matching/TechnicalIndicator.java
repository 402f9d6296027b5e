package org.jiebang.search.matching;

/** One measurable target of a challenge, such as 导通电阻 ≤ 2 mΩ; {@code unit} may be empty. */
public record TechnicalIndicator(String name, String target, String unit) {

    public TechnicalIndicator {
        name = Texts.orEmpty(name);
        target = Texts.orEmpty(target);
        unit = Texts.orEmpty(unit);
    }

    /** The indicator as one phrase, for analysis. */
    public String text() {
        return String.join(" ", name, target, unit).strip();
    }
}
