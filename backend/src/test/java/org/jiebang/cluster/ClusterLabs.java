package org.jiebang.cluster;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jiebang.support.CreditCodeFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** Labs of the cluster tests: registered through the API, profiles written through the API. */
final class ClusterLabs {

	private ClusterLabs() {
	}

	/** Registers a new LAB account (and its lab) through {@code base}; answers the signed-in browser. */
	static Browser register(String base) {
		Browser browser = new Browser();
		Browser.Response csrf = browser.get(base, "/api/auth/csrf");
		assertThat(csrf.code()).isEqualTo(200);
		String username = "cl-" + UUID.randomUUID().toString().substring(0, 12);
		Map<String, Object> body = Map.of("username", username, "password", "Cluster#Lab2026", "displayName", username,
				"role", "LAB", "organization", Map.of("name", "集群测试单位 " + username, "type", "UNIVERSITY",
						"creditCode", CreditCodeFixtures.next(), "province", "SH", "city", "上海市"));
		Browser.Response registered = browser.post(base, "/api/auth/register", body);
		assertThat(registered.code()).as("register: %s", registered).isEqualTo(201);
		return browser;
	}

	/** Replaces the lab's capabilities through {@code base}; answers the response of the update. */
	static Browser.Response write(Browser lab, String base, String capabilities) {
		Browser.Response mine = lab.get(base, "/api/my/lab");
		assertThat(mine.code()).as("my lab: %s", mine).isEqualTo(200);
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("name", mine.json().get("name"));
		body.put("leader", "集群");
		body.put("summary", "");
		body.put("researchFields", List.of());
		body.put("keywords", List.of());
		body.put("capabilities", capabilities);
		body.put("achievements", "");
		body.put("facilities", "");
		body.put("teamSize", 3);
		body.put("province", "SH");
		body.put("city", "上海市");
		body.put("version", mine.json().get("version"));
		return lab.put(base, "/api/my/lab", body);
	}

	/** Letters only, so that the analyzer keeps it as one word. */
	static String marker(String prefix) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder marker = new StringBuilder(prefix);
		for (int i = 0; i < 12; i++) {
			marker.append((char) ('a' + random.nextInt(26)));
		}
		return marker.append('q').toString();
	}

	/** How many labs a search for the words finds through {@code base}. */
	static long found(String base, String words) {
		Browser.Response response = new Browser().get(base, "/api/search/labs?q=" + words);
		if (response.code() != 200) {
			return -1;
		}
		return ((Number) response.json().get("total")).longValue();
	}

}
