package org.jiebang.attachment;

import java.util.regex.Pattern;

/** Storage keys are plain paths of safe segments, so that every storage can use them as names. */
final class StorageKeys {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*"
			+ "(/[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*)*");

	private StorageKeys() {
	}

	/** Fails unless the key is 1 to 200 characters of letters, digits, '-', '_', inner dots and slashes. */
	static String check(String key) {
		if (key == null || key.length() > 200 || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Invalid storage key: " + key);
		}
		return key;
	}

}
