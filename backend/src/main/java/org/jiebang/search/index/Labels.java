package org.jiebang.search.index;

/** Resolves a taxonomy code (industry chain, technology field) to searchable text in both languages. */
@FunctionalInterface
public interface Labels {

	/** The words for a code, e.g. "新材料 New materials"; the code itself when unknown. */
	String text(String code);

	/** Codes as they are. */
	static Labels none() {
		return code -> code;
	}

}
