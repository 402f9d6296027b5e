package org.jiebang.search.bench;

import java.math.BigDecimal;

/** Rows in the text format of PostgreSQL's {@code COPY}: tab-separated, backslash escapes, {@code \N} for null. */
final class Tsv {

	private Tsv() {
	}

	static void row(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				out.append("\\N");
				continue;
			}
			String text = value instanceof BigDecimal money ? money.toPlainString() : value.toString();
			for (int k = 0; k < text.length(); k++) {
				char c = text.charAt(k);
				switch (c) {
					case '\\' -> out.append("\\\\");
					case '\t' -> out.append("\\t");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					default -> out.append(c);
				}
			}
		}
		out.append('\n');
	}

}
