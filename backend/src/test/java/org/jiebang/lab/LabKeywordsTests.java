package org.jiebang.lab;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabKeywordsTests {

	@Test
	void widthCaseAndSpacesAreFolded() {
		assertThat(LabKeywords.normalize("  ＳｉＣ　 MOSFET\t")).isEqualTo("sic mosfet");
		assertThat(LabKeywords.normalize("ＧａＮ－ｏｎ－Ｓｉ")).isEqualTo("gan-on-si");
		assertThat(LabKeywords.normalize("碳化硅")).isEqualTo("碳化硅");
		assertThat(LabKeywords.normalize(null)).isEmpty();
	}

	@Test
	void blanksAndDuplicatesAreDroppedInFirstSeenOrder() {
		assertThat(LabKeywords.normalizeAll(Arrays.asList("GaN", " ", null, "SiC", "gan", "ＳＩＣ", "银烧结")))
			.containsExactly("gan", "sic", "银烧结");
		assertThat(LabKeywords.normalizeAll(null)).isEmpty();
		assertThat(LabKeywords.normalizeAll(List.of())).isEmpty();
	}

}
