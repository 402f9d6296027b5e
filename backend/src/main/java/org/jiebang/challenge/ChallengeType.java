package org.jiebang.challenge;

/** Kinds of challenge (攻关类型). */
public enum ChallengeType {

	KEY_CORE, DOMESTIC_SUBSTITUTION, FRONTIER, COMMON_TECH, APPLICATION

}
