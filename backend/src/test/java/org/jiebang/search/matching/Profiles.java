package org.jiebang.search.matching;

import java.util.List;

/** Small hand-written profiles for the matching tests. */
final class Profiles {

    static final String RULES = """
            碳化硅, SiC, silicon carbide
            氮化镓, GaN, gallium nitride
            有机发光二极管, OLED, organic light-emitting diode
            """;

    private Profiles() {
    }

    static LabProfile lab(String id, String capabilities) {
        return new LabProfile(id, "Lab " + id, "Org " + id, "UNIVERSITY", "", List.of(), List.of(), capabilities, "", "",
                "", TrackRecord.none());
    }

    static LabProfile lab(String id, List<String> keywords, String capabilities, String region, TrackRecord track) {
        return new LabProfile(id, "Lab " + id, "", "INSTITUTE", "", List.of(), keywords, capabilities, "", "", region,
                track);
    }

    static ChallengeProfile challenge(String id, String title, String description) {
        return new ChallengeProfile(id, title, "", description, List.of(), List.of(), "", List.of(), "");
    }

    static ChallengeProfile challenge(String id, String title, List<String> requiredCapabilities, String region) {
        return new ChallengeProfile(id, title, "", "", List.of(new TechnicalIndicator("导通电阻", "≤ 2", "mΩ")),
                requiredCapabilities, "集成电路", List.of(), region);
    }
}
