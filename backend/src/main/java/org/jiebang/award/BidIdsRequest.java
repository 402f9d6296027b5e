package org.jiebang.award;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Bids of one challenge, in order: a firm's preference order or an administrator's shortlist.
 *
 * @param bidIds opened bids of the challenge, each once
 */
public record BidIdsRequest(@NotEmpty @Size(max = 100) List<@NotNull UUID> bidIds) {
}
