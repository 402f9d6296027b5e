package org.jiebang.export;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.jiebang.system.web.Problems;

import org.springframework.stereotype.Service;

/**
 * Open Contracting Data Standard 1.1 release packages (SPEC §8), public: one per public challenge, and one
 * of every challenge with a confirmed award. Only public facts are published.
 */
@Service
public class OcdsService {

	static final String VERSION = "1.1";

	private final OcdsQueries queries;

	private final OcdsReleases releases;

	private final OcdsProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	OcdsService(OcdsQueries queries, OcdsProperties properties, JsonMapper json, Clock clock) {
		this.queries = queries;
		this.releases = new OcdsReleases(json, properties.ocidPrefix());
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/** The package of one public challenge's process; 404 for a challenge that is not public. */
	public Mono<ObjectNode> challenge(UUID challengeId, URI uri) {
		Instant now = this.clock.instant();
		return this.queries.process(challengeId)
			.switchIfEmpty(Mono.error(Problems.notFound("challenge", challengeId)))
			.map(process -> pack(uri, now, List.of(this.releases.release(process, now))));
	}

	/** The package of every challenge with a confirmed award; 404 while there is none. */
	public Mono<ObjectNode> awarded(URI uri) {
		Instant now = this.clock.instant();
		return this.queries.awarded()
			.concatMap(this.queries::process)
			.map(process -> this.releases.release(process, now))
			.collectList()
			.flatMap(list -> list.isEmpty() ? Mono.error(Problems.notFound("awarded challenges", "-"))
					: Mono.just(pack(uri, now, list)));
	}

	private ObjectNode pack(URI uri, Instant now, List<ObjectNode> releases) {
		ObjectNode pack = this.json.createObjectNode();
		pack.put("uri", uri.toString());
		pack.put("version", VERSION);
		pack.put("publishedDate", now.toString());
		ObjectNode publisher = pack.putObject("publisher");
		publisher.put("name", this.properties.publisherName());
		if (this.properties.publisherUri() != null && !this.properties.publisherUri().isBlank()) {
			publisher.put("uri", this.properties.publisherUri());
		}
		ArrayNode list = pack.putArray("releases");
		releases.forEach(list::add);
		return pack;
	}

}
