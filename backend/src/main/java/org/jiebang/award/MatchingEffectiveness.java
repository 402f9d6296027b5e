package org.jiebang.award;

import java.math.BigDecimal;

/**
 * How well matching predicted the winners (SPEC §6): of the confirmed awards whose challenge had
 * recommendations recorded at close, how many went to a lab in the top 10.
 *
 * @param awardsMeasured confirmed awards with recorded recommendations
 * @param wonInTopTen of which won by a lab ranked 1–10
 * @param share their share (0–1, four decimals), {@code null} when nothing was measured
 */
public record MatchingEffectiveness(long awardsMeasured, long wonInTopTen, BigDecimal share) {
}
