package org.jiebang.award;

import java.util.List;

import org.jiebang.bid.BidView;
import org.jiebang.challenge.Rubric;

/**
 * The opened bids of a challenge as an assigned reviewer sees them, with their own scores.
 *
 * @param challenge the challenge
 * @param rubric the weights to score against
 * @param bids the bids
 */
public record ReviewBidsView(ChallengeRef challenge, Rubric rubric, List<ReviewBid> bids) {

	/**
	 * One bid and the reviewer's score of it.
	 *
	 * @param bid the bid
	 * @param myScore the reviewer's score, {@code null} before scoring
	 */
	public record ReviewBid(BidView bid, ScoreView myScore) {
	}

}
