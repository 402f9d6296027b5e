package org.jiebang.search.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a challenge into the sections of the query that ranks labs.
 *
 * <p>揭榜挂帅 descriptions are written in 【…】-headed parts. The heading labels (需求背景, 技术指标…) are
 * template text that every challenge shares, so they are dropped. The background and application-scenario
 * parts describe the firm's own world (vehicles, fabs, hospitals) rather than the technology asked for, so
 * they form a {@code context} section with a boost of its own; difficulties, indicators and conditions stay
 * in {@code description}.
 */
final class ChallengeSections {

    /** Query section holding background and application-scenario text. */
    static final String CONTEXT = "context";

    private static final Pattern HEADING = Pattern.compile("【([^】]{1,12})】");
    private static final List<String> CONTEXT_HEADINGS = List.of("背景", "场景", "现状", "意义", "概况");

    private ChallengeSections() {
    }

    static Map<String, List<String>> of(ChallengeProfile challenge) {
        Map<String, List<String>> sections = new LinkedHashMap<>(ChallengeDocumentMapper.text(challenge));
        List<String> description = new ArrayList<>(List.of(challenge.summary()));
        List<String> context = new ArrayList<>();
        Matcher heading = HEADING.matcher(challenge.description());
        int start = 0;
        boolean inContext = false;
        while (heading.find()) {
            (inContext ? context : description).add(challenge.description().substring(start, heading.start()));
            inContext = CONTEXT_HEADINGS.stream().anyMatch(heading.group(1)::contains);
            start = heading.end();
        }
        (inContext ? context : description).add(challenge.description().substring(start));
        sections.put(MatchFields.DESCRIPTION, description);
        sections.put(CONTEXT, context);
        return sections;
    }
}
