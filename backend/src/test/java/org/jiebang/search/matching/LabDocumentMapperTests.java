package org.jiebang.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class LabDocumentMapperTests {

    private final LabProfile lab = new LabProfile("L1", "宽禁带器件组", "某大学", "UNIVERSITY", "功率半导体",
            List.of("0805"), List.of("碳化硅", "MOSFET"), "SiC MOSFET 设计", "导通电阻1.9 mΩ", "6英寸中试线",
            " 上海市 ", new TrackRecord(3, 2, 1, 0.5));

    @Test
    void groupsProfileTextByProperty() {
        assertThat(LabDocumentMapper.text(lab))
                .containsEntry(MatchFields.NAME, List.of("宽禁带器件组", "某大学"))
                .containsEntry(MatchFields.TAGS, List.of("碳化硅", "MOSFET", "0805"))
                .containsEntry(MatchFields.FACILITIES, List.of("6英寸中试线"))
                .containsOnlyKeys(MatchFields.LAB_TEXT);
    }

    @Test
    void indexesEveryPropertyPerKindAndTheWholeProfileWithWordPairs() {
        Document document = LabDocumentMapper.toDocument(lab);
        assertThat(values(document, "capabilities")).containsExactly("SiC MOSFET 设计");
        assertThat(values(document, "capabilities.gram")).containsExactly("SiC MOSFET 设计");
        // Bigrams per property only where tag coverage looks for them; the whole profile has them all.
        assertThat(values(document, "facilities.gram")).isEmpty();
        assertThat(values(document, "facilities.concept")).containsExactly("6英寸中试线");
        assertThat(values(document, "all.gram")).contains("6英寸中试线", "功率半导体");
        assertThat(values(document, "tags.concept")).containsExactly("碳化硅", "MOSFET", "0805");
        assertThat(values(document, "all.pair")).contains("功率半导体", "导通电阻1.9 mΩ", "6英寸中试线");
        assertThat(values(document, "capabilities.pair")).isEmpty();
    }

    @Test
    void storesIdNormalisedRegionAndTrackRecord() {
        Document document = LabDocumentMapper.toDocument(lab);
        assertThat(document.get(MatchFields.ID)).isEqualTo("L1");
        assertThat(document.get(MatchFields.REGION)).isEqualTo("上海");
        assertThat(LabDocumentMapper.trackRecord(document)).isEqualTo(new TrackRecord(3, 2, 1, 0.5));
    }

    @Test
    void leavesOutEmptyTextAndRegion() {
        Document document = LabDocumentMapper.toDocument(Profiles.lab("L2", "only capabilities"));
        assertThat(values(document, "facilities")).isEmpty();
        assertThat(document.get(MatchFields.REGION)).isNull();
    }

    @Test
    void normalisesRegionsByDroppingAdministrativeSuffixes() {
        assertThat(ProfileFields.normalizeRegion("上海市")).isEqualTo("上海");
        assertThat(ProfileFields.normalizeRegion("广东省")).isEqualTo("广东");
        assertThat(ProfileFields.normalizeRegion(" Shanghai City ")).isEqualTo("shanghai");
        assertThat(ProfileFields.normalizeRegion(null)).isEmpty();
        assertThat(ProfileFields.normalizeRegion("市")).isEqualTo("市");
    }

    private static List<String> values(Document document, String field) {
        return java.util.Arrays.stream(document.getFields(field)).map(IndexableField::stringValue).toList();
    }
}
