package org.jiebang.account;

import org.junit.jupiter.api.Test;

import org.jiebang.support.CreditCodeFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodesTests {

	@Test
	void acceptsCodesWithTheRightCheckCharacter() {
		assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
		for (int i = 0; i < 100; i++) {
			assertThat(CreditCodes.isValid(CreditCodeFixtures.next())).isTrue();
		}
	}

	@Test
	void rejectsWrongCheckCharacterLengthAndLetters() {
		assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
		assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
		assertThat(CreditCodes.isValid("91350100M000100YI3")).isFalse();
		assertThat(CreditCodes.isValid("913501A0M000100Y43")).isFalse();
		assertThat(CreditCodes.isValid(null)).isFalse();
	}

	@Test
	void normalizesCaseAndSpaces() {
		assertThat(CreditCodes.normalize(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
	}

}
