package org.jiebang.search.matching;

import java.util.List;

/**
 * Names of the properties in the lab and challenge indexes; each text property is indexed once per
 * {@link org.jiebang.search.analysis.FieldKind}, e.g. {@code capabilities}, {@code capabilities.gram},
 * {@code capabilities.concept}.
 */
public final class MatchFields {

    /** Version of this field layout; an index written with another version must be rebuilt. */
    public static final int SCHEMA_VERSION = 3;

    /** Exact: the profile id; also a binary doc value. */
    public static final String ID = "id";
    /** Exact: the normalised region (city or province); also a sorted doc value. */
    public static final String REGION = "region";

    /** Lab and challenge: every text property together, the field BM25 scores the profile as a whole in. */
    public static final String ALL = "all";

    /** Lab: name of the team and of its organization. */
    public static final String NAME = "name";
    /** Lab: one-paragraph self-description. */
    public static final String SUMMARY = "summary";
    /** Lab: what it can do, in its own words. */
    public static final String CAPABILITIES = "capabilities";
    /** Lab: capability keywords and research fields; challenge: required capabilities and technical fields. */
    public static final String TAGS = "tags";
    /** Lab: papers, patents, past projects. */
    public static final String ACHIEVEMENTS = "achievements";
    /** Lab: equipment, pilot lines, 中试平台. */
    public static final String FACILITIES = "facilities";

    /** Challenge: the title. */
    public static final String TITLE = "title";
    /** Challenge: summary and description. */
    public static final String DESCRIPTION = "description";
    /** Challenge: technical indicators (name, target, unit). */
    public static final String INDICATORS = "indicators";
    /** Challenge: the industry chain. */
    public static final String CHAIN = "chain";

    /** Lab, numeric doc values: track-record numbers (the on-time ratio as the bits of a double). */
    public static final String TRACK_AWARDED = "track.awarded";
    public static final String TRACK_COMPLETED = "track.completed";
    public static final String TRACK_FAILED = "track.failed";
    public static final String TRACK_ON_TIME = "track.onTime";

    /** Challenge, a binary doc value: the analysed terms of its tags, for matching in the lab-to-challenge direction. */
    public static final String TAG_TERMS = "tag.terms";

    /** Lab text properties, most telling first (the order explanations list them in). */
    public static final List<String> LAB_TEXT = List.of(CAPABILITIES, TAGS, ACHIEVEMENTS, FACILITIES, SUMMARY, NAME);
    /** Lab properties whose words count as the lab's tags when checking a challenge's required capabilities. */
    public static final List<String> LAB_TAG_TEXT = List.of(TAGS, CAPABILITIES);
    /** Challenge text properties, most telling first. */
    public static final List<String> CHALLENGE_TEXT = List.of(TITLE, TAGS, INDICATORS, DESCRIPTION, CHAIN);

    private MatchFields() {
    }
}
