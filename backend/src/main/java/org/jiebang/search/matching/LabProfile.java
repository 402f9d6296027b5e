package org.jiebang.search.matching;

import java.util.List;
import java.util.Objects;

/** What the matcher knows about a lab (research team): its own words about what it can do, and its record. */
public record LabProfile(
        String id,
        String name,
        String organizationName,
        String orgType,
        String summary,
        List<String> researchFields,
        List<String> keywords,
        String capabilities,
        String achievements,
        String facilities,
        String region,
        TrackRecord trackRecord) {

    public LabProfile {
        Objects.requireNonNull(id, "id");
        name = Texts.orEmpty(name);
        organizationName = Texts.orEmpty(organizationName);
        orgType = Texts.orEmpty(orgType);
        summary = Texts.orEmpty(summary);
        researchFields = Texts.orEmpty(researchFields);
        keywords = Texts.orEmpty(keywords);
        capabilities = Texts.orEmpty(capabilities);
        achievements = Texts.orEmpty(achievements);
        facilities = Texts.orEmpty(facilities);
        region = Texts.orEmpty(region);
        trackRecord = trackRecord == null ? TrackRecord.none() : trackRecord;
    }

    /** The lab's tags: capability keywords followed by research fields. */
    public List<String> tags() {
        return Texts.concat(keywords, researchFields);
    }
}
