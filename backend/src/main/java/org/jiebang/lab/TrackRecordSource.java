package org.jiebang.lab;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Where labs' track records come from (the delivery feature counts them); the lab feature shows them on
 * profiles without depending on delivery.
 */
public interface TrackRecordSource {

	/** The track records of the given labs; a lab without history may be missing from the map. */
	Mono<Map<UUID, LabProfileView.TrackRecord>> trackRecords(Collection<UUID> labIds);

}
