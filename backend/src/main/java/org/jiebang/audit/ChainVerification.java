package org.jiebang.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param ok whether every link and hash matched
 * @param entries how many entries were checked (up to the first broken one)
 * @param brokenAt the sequence number of the first broken entry, if any
 * @param reason why that entry is broken
 */
public record ChainVerification(boolean ok, long entries, Long brokenAt, String reason) {

	static ChainVerification ok(long entries) {
		return new ChainVerification(true, entries, null, null);
	}

	static ChainVerification broken(long seq, String reason) {
		return new ChainVerification(false, seq - 1, seq, reason);
	}

}
