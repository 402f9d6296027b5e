package org.jiebang.stats;

import java.math.BigDecimal;

/**
 * Published challenges of one industry chain.
 *
 * @param chain the chain's taxonomy code
 * @param challenges how many
 * @param bounty their bounties added up, in CNY
 */
public record ChainCount(String chain, long challenges, BigDecimal bounty) {
}
