package org.jiebang.taxonomy;

import java.util.List;

/**
 * The reference codes with their Chinese and English names, as loaded from {@code seeds/taxonomy.json}.
 *
 * @param industryChains industry chains (产业链)
 * @param techFields technology fields, each within a chain
 * @param challengeTypes challenge types (攻关类型)
 * @param organizationTypes organization types
 * @param ipTerms terms of result ownership (成果归属)
 * @param regions provincial-level regions
 */
public record TaxonomyView(List<Term> industryChains, List<Term> techFields, List<Term> challengeTypes,
		List<Term> organizationTypes, List<Term> ipTerms, List<Term> regions) {

	/**
	 * One code with its names.
	 *
	 * @param code stable code
	 * @param zh Chinese name
	 * @param en English name
	 * @param chain the industry chain of a technology field, else {@code null}
	 */
	public record Term(String code, String zh, String en, String chain) {
	}

}
