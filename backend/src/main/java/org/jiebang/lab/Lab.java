package org.jiebang.lab;

import java.time.Instant;
import java.util.UUID;

import org.jiebang.system.persistence.Tags;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A research team's capability profile as stored (SPEC §6). */
@Table("labs")
record Lab(@Id UUID id, UUID organizationId, String name, String leader, String summary, Tags researchFields,
		Tags keywords, String capabilities, String achievements, String facilities, int teamSize, String province,
		String city, String invitationCode, Instant createdAt, Instant updatedAt, @Version Long version) {

	/** The same lab with the editable fields replaced; identity, organization and invitation code stay. */
	Lab withProfile(LabProfileInput input, Instant now) {
		return new Lab(this.id, this.organizationId, input.name(), input.leader(), input.summary(),
				Tags.of(input.researchFields()), Tags.of(input.keywords()), input.capabilities(),
				input.achievements(), input.facilities(), input.teamSize(), input.province(), input.city(),
				this.invitationCode, this.createdAt, now, this.version);
	}

}
