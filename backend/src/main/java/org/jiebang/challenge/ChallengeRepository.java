package org.jiebang.challenge;

import java.util.UUID;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface ChallengeRepository extends ReactiveCrudRepository<Challenge, UUID> {

}
