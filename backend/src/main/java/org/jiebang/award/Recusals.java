package org.jiebang.award;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jiebang.account.OrganizationView;
import org.jiebang.bid.BidView;
import org.jiebang.bid.Partner;

/**
 * The automatic recusal rule of SPEC §4: a reviewer whose organization is the firm's, a bidding lab's, or a
 * consortium partner's (the same unified social credit code) does not review the challenge.
 */
final class Recusals {

	private Recusals() {
	}

	/**
	 * Why a reviewer is recused.
	 *
	 * @param reason the rule that applies
	 * @param detail the organization it is about
	 */
	record Recusal(RecusalReason reason, String detail) {
	}

	static Optional<Recusal> of(OrganizationView reviewerOrg, UUID firmOrganizationId, String firmName,
			List<BidView> bids) {
		if (reviewerOrg == null) {
			return Optional.empty();
		}
		if (reviewerOrg.id().equals(firmOrganizationId)) {
			return Optional.of(new Recusal(RecusalReason.FIRM_ORGANIZATION, firmName));
		}
		for (BidView bid : bids) {
			if (reviewerOrg.id().equals(bid.lab().organizationId())) {
				return Optional.of(new Recusal(RecusalReason.BIDDER_ORGANIZATION,
						bid.lab().organizationName() + " · " + bid.lab().name()));
			}
		}
		String code = normalize(reviewerOrg.creditCode());
		for (BidView bid : bids) {
			for (Partner partner : bid.partners() == null ? List.<Partner>of() : bid.partners()) {
				if (!code.isEmpty() && code.equals(normalize(partner.creditCode()))) {
					return Optional.of(new Recusal(RecusalReason.PARTNER_ORGANIZATION,
							partner.name() + " (" + bid.lab().name() + ")"));
				}
			}
		}
		return Optional.empty();
	}

	private static String normalize(String creditCode) {
		return creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
	}

}
