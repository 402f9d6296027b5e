package org.jiebang.bid;

import java.util.UUID;

/**
 * The check, after the close, that an opened bid is the one that was submitted.
 *
 * @param bidId the bid
 * @param recorded the commitment recorded at submission
 * @param recomputed the commitment of the stored content now
 * @param matches whether they are equal
 */
public record VerificationView(UUID bidId, String recorded, String recomputed, boolean matches) {
}
