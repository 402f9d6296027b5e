package org.jiebang.account;

import java.time.Instant;
import java.util.UUID;

import org.jiebang.system.persistence.Tags;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A user account as stored; the password only as its hash. */
@Table("users")
record UserAccount(@Id UUID id, String username, String passwordHash, String displayName, String email, Role role,
		UUID organizationId, UUID labId, Tags expertise, boolean enabled, Instant createdAt, @Version Long version) {

	UserAccount withPassword(String hash, String name, boolean active) {
		return new UserAccount(this.id, this.username, hash, name, this.email, this.role, this.organizationId,
				this.labId, this.expertise, active, this.createdAt, this.version);
	}

}
