package org.jiebang.search.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Search latency over HTTP against a running application, one client and several at once, with the same
 * query list as the engine figures ({@code GET /api/search/challenges?q=...} plus the query's filters).
 */
final class HttpBench {

	private HttpBench() {
	}

	static Map<String, Object> run(BenchCorpus corpus, EngineBench.Settings s, String base) throws Exception {
		List<BenchQuery> queries = BenchQuery.list(corpus, s.queries());
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
		Map<String, Object> search = EngineBench.measure(s, queries.size(), i -> {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(base + "/api/search/challenges?" + queries.get(i % queries.size()).httpQuery()))
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(30))
				.build();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(response.statusCode() + " " + request.uri() + ": " + response.body());
			}
			return !response.body().contains("\"total\":0,");
		});
		return Map.of("search", Map.of("http", search));
	}

}
