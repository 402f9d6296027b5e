package org.jiebang.account;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An organization (firm, government office, university or institute) as stored. */
@Table("organizations")
record Organization(@Id UUID id, String name, OrganizationType type, String creditCode, String province, String city,
		boolean verified, UUID verifiedBy, Instant verifiedAt, String invitationCode, Instant createdAt,
		@Version Long version) {

	Organization verify(UUID by, Instant at) {
		return new Organization(this.id, this.name, this.type, this.creditCode, this.province, this.city, true, by, at,
				this.invitationCode, this.createdAt, this.version);
	}

}
