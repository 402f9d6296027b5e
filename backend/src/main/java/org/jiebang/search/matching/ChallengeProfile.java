package org.jiebang.search.matching;

import java.util.List;
import java.util.Objects;

/** The public, matchable part of a challenge (榜单): what is asked, how success is measured, and where. */
public record ChallengeProfile(
        String id,
        String title,
        String summary,
        String description,
        List<TechnicalIndicator> technicalIndicators,
        List<String> requiredCapabilities,
        String industryChain,
        List<String> techFields,
        String region) {

    public ChallengeProfile {
        Objects.requireNonNull(id, "id");
        title = Texts.orEmpty(title);
        summary = Texts.orEmpty(summary);
        description = Texts.orEmpty(description);
        technicalIndicators = technicalIndicators == null ? List.of() : List.copyOf(technicalIndicators);
        requiredCapabilities = Texts.orEmpty(requiredCapabilities);
        industryChain = Texts.orEmpty(industryChain);
        techFields = Texts.orEmpty(techFields);
        region = Texts.orEmpty(region);
    }

    /** The capability tags a solver must have: required capabilities followed by technical fields. */
    public List<String> tags() {
        return Texts.concat(requiredCapabilities, techFields);
    }

    /** The indicators as one text, one indicator per line. */
    public String indicatorText() {
        return String.join("\n", technicalIndicators.stream().map(TechnicalIndicator::text).toList());
    }
}
