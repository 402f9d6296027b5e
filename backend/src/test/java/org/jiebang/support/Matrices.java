package org.jiebang.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Shared pieces of the authorization matrix suites: one cell per actor, and a readable failure table. */
public final class Matrices {

	private Matrices() {
	}

	/** The expected outcome per actor, given in the order of the actor enum's constants. */
	public static <W extends Enum<W>> Map<W, String> cells(Class<W> actors, String... expected) {
		W[] all = actors.getEnumConstants();
		if (expected.length != all.length) {
			throw new IllegalArgumentException("Expected " + all.length + " cells, got " + expected.length);
		}
		Map<W, String> cells = new EnumMap<>(actors);
		for (W who : all) {
			cells.put(who, expected[who.ordinal()]);
		}
		return cells;
	}

	/** The failing cells as a table a reader can compare with the matrix in code. */
	public static String table(List<String> failures, int routeWidth, int actorWidth, int expectedWidth) {
		StringBuilder table = new StringBuilder(failures.size() + " cells differ from the matrix:\n");
		table.append(String.format("%-" + routeWidth + "s | %-9s | %-" + actorWidth + "s | %-" + expectedWidth
				+ "s | %s%n", "route", "state", "actor", "expected", "actual | body"));
		failures.forEach(failure -> table.append(failure).append('\n'));
		return table.toString();
	}

}
