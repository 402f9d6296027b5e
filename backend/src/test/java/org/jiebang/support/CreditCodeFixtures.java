package org.jiebang.support;

import java.util.concurrent.ThreadLocalRandom;

/** Generates valid, practically unique unified social credit codes for test organizations. */
public final class CreditCodeFixtures {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodeFixtures() {
	}

	public static String next() {
		StringBuilder code = new StringBuilder("91310115");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 9; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.append(checkChar(code)).toString();
	}

	static char checkChar(CharSequence first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

}
