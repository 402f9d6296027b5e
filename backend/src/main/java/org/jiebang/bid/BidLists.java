package org.jiebang.bid;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jiebang.system.persistence.JsonColumn;

/** The list-valued parts of a bid, each stored as one JSON column. */
final class BidLists {

	private BidLists() {
	}

	/** The team. */
	record Team(@JsonValue List<TeamMember> values) implements JsonColumn {

		Team {
			values = values == null ? List.of() : List.copyOf(values);
		}

		@JsonCreator
		static Team of(List<TeamMember> values) {
			return new Team(values);
		}

	}

	/** The consortium partners. */
	record Partners(@JsonValue List<Partner> values) implements JsonColumn {

		Partners {
			values = values == null ? List.of() : List.copyOf(values);
		}

		@JsonCreator
		static Partners of(List<Partner> values) {
			return new Partners(values);
		}

	}

	/** The milestone plan. */
	record Plan(@JsonValue List<PlannedMilestone> values) implements JsonColumn {

		Plan {
			values = values == null ? List.of() : List.copyOf(values);
		}

		@JsonCreator
		static Plan of(List<PlannedMilestone> values) {
			return new Plan(values);
		}

	}

}
