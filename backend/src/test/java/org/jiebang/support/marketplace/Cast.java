package org.jiebang.support.marketplace;

import java.util.Map;
import java.util.UUID;

import org.jiebang.support.Api;
import org.jiebang.support.IntegrationTestSupport;
import org.jiebang.support.Session;

/**
 * The signed-in people of the marketplace suites, one session each, signed in once per test class because
 * every sign-in costs a password hash.
 *
 * @param anonymous a visitor with a CSRF token and no account
 * @param firm a member of the demo firm (深圳曜芯半导体), which owns the suites' challenges
 * @param otherFirm a member of another firm
 * @param bidder a lab member whose lab bids
 * @param otherLab a member of another lab
 * @param admin the configured administrator
 */
public record Cast(Session anonymous, Session firm, Session otherFirm, Session bidder, Session otherLab,
		Session admin) {

	public static final String FIRM = "demo-firm";

	public static final String FIRM_PASSWORD = "Jiebang#Firm2026";

	public static final String OTHER_FIRM = "firm-chenxi";

	public static final String BIDDER = "lab-bc-vision";

	public static final String OTHER_LAB = "lab-nl-robotics";

	/** Password of every seeded firm-* and lab-* user. */
	public static final String DEMO_PASSWORD = "Jiebang#Demo2026";

	public static Cast signIn(Api api) {
		return new Cast(api.anonymous(), api.login(FIRM, FIRM_PASSWORD), api.login(OTHER_FIRM, DEMO_PASSWORD),
				api.login(BIDDER, DEMO_PASSWORD), api.login(OTHER_LAB, DEMO_PASSWORD),
				api.login(IntegrationTestSupport.ADMIN, IntegrationTestSupport.ADMIN_PASSWORD));
	}

	/** What {@code GET /api/auth/me} says about a session. */
	public static Map<String, Object> me(Session session) {
		return Reply.get(session, "/api/auth/me").expect(200).json();
	}

	/** The id of the session's organization. */
	public static UUID organizationId(Session session) {
		return UUID.fromString((String) ((Map<?, ?>) me(session).get("organization")).get("id"));
	}

	/** The id of the session's lab (LAB members only). */
	public static UUID labId(Session session) {
		return UUID.fromString((String) ((Map<?, ?>) me(session).get("lab")).get("id"));
	}

}
