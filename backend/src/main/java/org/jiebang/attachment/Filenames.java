package org.jiebang.attachment;

import java.text.Normalizer;

/** Cleans the name a browser sends with a file: no path, no control characters, at most 255 characters. */
final class Filenames {

	static final int MAX_LENGTH = 255;

	private Filenames() {
	}

	/** The cleaned name, or empty when nothing usable is left. */
	static String clean(String raw) {
		if (raw == null) {
			return "";
		}
		String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder cleaned = new StringBuilder(name.length());
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT && c != '"')
			.forEach(cleaned::appendCodePoint);
		String result = cleaned.toString().strip();
		if (result.equals(".") || result.equals("..")) {
			return "";
		}
		if (result.length() > MAX_LENGTH) {
			int dot = result.lastIndexOf('.');
			String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
			result = result.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return result;
	}

}
