package org.jiebang.award;

import reactor.core.publisher.Mono;

/**
 * Work other features do when an award is confirmed, inside the transaction of the confirmation (the
 * delivery plan from the winning bid's milestones). Implemented by those features, so this one depends on none.
 */
public interface AwardConfirmedListener {

	Mono<Void> awardConfirmed(AwardConfirmation confirmation);

}
