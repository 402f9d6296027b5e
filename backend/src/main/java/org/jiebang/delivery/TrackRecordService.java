package org.jiebang.delivery;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * Lab track records (SPEC §5, used by lab profiles and matching): awarded, completed, terminated without due
 * diligence, and the on-time milestone ratio. A milestone counts once it is accepted or its due date has
 * passed (for a terminated delivery: passed before the termination); it is on time when accepted on a
 * report made by its due date. Milestones of terminations with due diligence do not count.
 */
@Service
public class TrackRecordService {

	private final DatabaseClient db;

	private final Clock clock;

	TrackRecordService(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Mono<LabTrackRecord> trackRecord(UUID labId) {
		return trackRecords(List.of(labId)).map(records -> records.getOrDefault(labId, LabTrackRecord.none()));
	}

	/** Track records of several labs in two queries; every requested lab has an entry. */
	public Mono<Map<UUID, LabTrackRecord>> trackRecords(Collection<UUID> labIds) {
		Set<UUID> labs = Set.copyOf(labIds);
		if (labs.isEmpty()) {
			return Mono.just(Map.of());
		}
		Mono<Map<UUID, long[]>> counts = this.db.sql("""
				SELECT lab_id, COUNT(*) AS awarded,
				       SUM(CASE WHEN completed_at IS NOT NULL THEN 1 ELSE 0 END) AS completed,
				       SUM(CASE WHEN terminated_at IS NOT NULL AND due_diligence = FALSE THEN 1 ELSE 0 END) AS failed
				FROM deliveries WHERE lab_id IN (:labs) GROUP BY lab_id""")
			.bind("labs", labs)
			.map(row -> Map.entry(row.get("lab_id", UUID.class),
					new long[] { number(row.get("awarded")), number(row.get("completed")), number(row.get("failed")) }))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
		Mono<Map<UUID, long[]>> punctuality = onTime("m.lab_id IN (:labs)", labs);
		return Mono.zip(counts, punctuality).map(t -> {
			Map<UUID, LabTrackRecord> records = new LinkedHashMap<>();
			for (UUID lab : labs) {
				long[] c = t.getT1().getOrDefault(lab, new long[3]);
				long[] p = t.getT2().getOrDefault(lab, new long[2]);
				records.put(lab, new LabTrackRecord((int) c[0], (int) c[1], (int) c[2], ratio(p[0], p[1])));
			}
			return records;
		});
	}

	/**
	 * Over every delivery: milestones on time and milestones that count, for the dashboard.
	 *
	 * @return {@code [onTime, counted]}
	 */
	public Mono<long[]> overallOnTime() {
		return onTime("1 = 1", null).map(byLab -> byLab.values()
			.stream()
			.reduce(new long[2], (a, b) -> new long[] { a[0] + b[0], a[1] + b[1] }));
	}

	/** {@code onTime / counted} with four decimals, {@code null} when nothing counts yet. */
	public static Double ratio(long onTime, long counted) {
		return counted == 0 ? null : Math.round(onTime * 10_000.0 / counted) / 10_000.0;
	}

	private Mono<Map<UUID, long[]>> onTime(String where, Set<UUID> labs) {
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("""
				SELECT m.lab_id,
				       SUM(CASE WHEN m.status = 'ACCEPTED' AND m.submitted_at <= m.due_at THEN 1 ELSE 0 END) AS on_time,
				       SUM(CASE WHEN m.status = 'ACCEPTED' OR m.due_at <= COALESCE(d.terminated_at, :now) THEN 1 ELSE 0 END)
				           AS counted
				FROM delivery_milestones m JOIN deliveries d ON d.challenge_id = m.challenge_id
				WHERE NOT (d.terminated_at IS NOT NULL AND d.due_diligence = TRUE) AND\s""" + where + " GROUP BY m.lab_id")
			.bind("now", DeliveryStore.utc(this.clock.instant()));
		if (labs != null) {
			spec = spec.bind("labs", labs);
		}
		return spec
			.map(row -> Map.entry(row.get("lab_id", UUID.class),
					new long[] { number(row.get("on_time")), number(row.get("counted")) }))
			.all()
			.collect(HashMap<UUID, long[]>::new, (map, e) -> map.put(e.getKey(), e.getValue()));
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

}
