package org.jiebang.lab;

import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface LabRepository extends ReactiveCrudRepository<Lab, UUID> {

	Mono<Lab> findByInvitationCode(String invitationCode);

	Flux<Lab> findByOrganizationId(UUID organizationId);

}
