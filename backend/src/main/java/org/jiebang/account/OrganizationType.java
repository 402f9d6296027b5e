package org.jiebang.account;

/** Kinds of organization; a FIRM belongs to an enterprise or government office, a LAB to a research body. */
public enum OrganizationType {

	ENTERPRISE, GOVERNMENT, UNIVERSITY, INSTITUTE;

	public boolean admits(Role role) {
		return switch (role) {
			case FIRM -> this == ENTERPRISE || this == GOVERNMENT;
			case LAB -> this == UNIVERSITY || this == INSTITUTE || this == ENTERPRISE;
			case EXPERT -> true;
			case ADMIN -> false;
		};
	}

}
