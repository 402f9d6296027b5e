package org.jiebang.account;

import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface UserRepository extends ReactiveCrudRepository<UserAccount, UUID> {

	Mono<UserAccount> findByUsername(String username);

	Flux<UserAccount> findByLabId(UUID labId);

	Flux<UserAccount> findByOrganizationId(UUID organizationId);

	Flux<UserAccount> findByRole(Role role);

}
