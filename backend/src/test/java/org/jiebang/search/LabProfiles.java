package org.jiebang.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jiebang.support.Session;
import org.jiebang.support.marketplace.Reply;

/** Lab profiles and markers of the search suites, written through the API as a lab member does. */
final class LabProfiles {

	private LabProfiles() {
	}

	/** Replaces the lab's capabilities (other fields minimal) at its current version. */
	static void write(Session lab, String capabilities) {
		Map<String, Object> mine = Reply.get(lab, "/api/my/lab").expect(200).json();
		Map<String, Object> body = new HashMap<>();
		body.put("name", mine.get("name"));
		body.put("leader", "李研究员");
		body.put("summary", "");
		body.put("researchFields", List.of());
		body.put("keywords", List.of());
		body.put("capabilities", capabilities);
		body.put("achievements", "");
		body.put("facilities", "");
		body.put("teamSize", 5);
		body.put("province", "SH");
		body.put("city", "上海市");
		body.put("version", mine.get("version"));
		Reply.put(lab, "/api/my/lab", body).expect(200);
	}

	/** A word of letters only, so the analyzer keeps it whole and nothing else in the index has it. */
	static String marker(String prefix) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder marker = new StringBuilder(prefix);
		for (int i = 0; i < 12; i++) {
			marker.append((char) ('a' + random.nextInt(26)));
		}
		return marker.append('q').toString();
	}

}
