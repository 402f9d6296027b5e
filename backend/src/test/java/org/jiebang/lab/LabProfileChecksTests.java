package org.jiebang.lab;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabProfileChecksTests {

	@Test
	void controlCharactersAreRefusedButLineBreaksAllowedInTexts() {
		assertThat(LabProfileChecks.allowed("碳化硅 SiC 😀", false)).isTrue();
		assertThat(LabProfileChecks.allowed("a\u0000b", true)).isFalse();
		assertThat(LabProfileChecks.allowed("line\nbreak\ttab", true)).isTrue();
		assertThat(LabProfileChecks.allowed("line\nbreak", false)).isFalse();
	}

	@Test
	void unpairedSurrogatesAreRefused() {
		assertThat(LabProfileChecks.allowed("x\uD83D", false)).isFalse();
		assertThat(LabProfileChecks.allowed("\uDE00x", false)).isFalse();
		assertThat(LabProfileChecks.allowed("\uD83D\uDE00", false)).isTrue();
	}

	@Test
	void likeWildcardsAreEscaped() {
		assertThat(LabProfileQueries.escapeLike("100%_done!")).isEqualTo("100!%!_done!!");
		assertThat(LabProfileQueries.escapeLike("SOLID_STATE")).isEqualTo("SOLID!_STATE");
	}

}
