package org.jiebang.search.index;

import java.util.List;

import org.jiebang.challenge.IndexableChallenge;
import org.jiebang.lab.LabProfileView;
import org.jiebang.search.matching.ChallengeProfile;
import org.jiebang.search.matching.LabProfile;
import org.jiebang.search.matching.TechnicalIndicator;
import org.jiebang.search.matching.TrackRecord;

/** Turns stored challenges and labs into what the matcher ranks; taxonomy codes become words. */
public final class Profiles {

	private Profiles() {
	}

	public static ChallengeProfile challenge(IndexableChallenge c, Labels labels) {
		List<TechnicalIndicator> indicators = c.technicalIndicators()
			.stream()
			.map(i -> new TechnicalIndicator(i.name(), i.target(), i.unit()))
			.toList();
		return new ChallengeProfile(c.id().toString(), c.title(), c.summary(), c.description(), indicators,
				c.requiredCapabilities(), c.industryChain() == null ? "" : labels.text(c.industryChain()),
				c.techFields().stream().map(labels::text).toList(), c.province());
	}

	public static LabProfile lab(LabProfileView lab, Labels labels) {
		LabProfileView.TrackRecord record = lab.trackRecord();
		TrackRecord track = record == null ? TrackRecord.none()
				: new TrackRecord(record.awarded(), record.completed(), record.terminatedWithoutDueDiligence(),
						record.onTimeRatio() == null ? 0.0 : record.onTimeRatio());
		return new LabProfile(lab.id().toString(), lab.name(),
				lab.organization() == null ? "" : lab.organization().name(),
				lab.organization() == null || lab.organization().type() == null ? ""
						: lab.organization().type().name(),
				lab.summary(), lab.researchFields().stream().map(labels::text).toList(), lab.keywords(),
				lab.capabilities(), lab.achievements(), lab.facilities(), lab.province(), track);
	}

}
