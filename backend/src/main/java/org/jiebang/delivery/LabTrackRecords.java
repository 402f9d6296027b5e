package org.jiebang.delivery;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.jiebang.lab.LabProfileView;
import org.jiebang.lab.TrackRecordSource;

import org.springframework.stereotype.Component;

/** Supplies the lab profiles with the track records counted from awards and deliveries. */
@Component
class LabTrackRecords implements TrackRecordSource {

	private final TrackRecordService records;

	LabTrackRecords(TrackRecordService records) {
		this.records = records;
	}

	@Override
	public Mono<Map<UUID, LabProfileView.TrackRecord>> trackRecords(Collection<UUID> labIds) {
		return this.records.trackRecords(labIds)
			.map(map -> map.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey,
						e -> new LabProfileView.TrackRecord(e.getValue().awarded(), e.getValue().completed(),
								e.getValue().terminatedWithoutDueDiligence(), e.getValue().onTimeRatio()))));
	}

}
