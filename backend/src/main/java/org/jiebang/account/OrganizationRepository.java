package org.jiebang.account;

import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface OrganizationRepository extends ReactiveCrudRepository<Organization, UUID> {

	Mono<Organization> findByCreditCode(String creditCode);

	Mono<Organization> findByInvitationCode(String invitationCode);

	Flux<Organization> findByVerifiedOrderByCreatedAtDesc(boolean verified, Pageable page);

	Flux<Organization> findAllByOrderByCreatedAtDesc(Pageable page);

	Mono<Long> countByVerified(boolean verified);

}
