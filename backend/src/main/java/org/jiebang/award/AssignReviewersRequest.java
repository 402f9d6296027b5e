package org.jiebang.award;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Reviewers to add to a challenge's panel.
 *
 * @param reviewerIds EXPERT or ADMIN users (1–20)
 */
public record AssignReviewersRequest(@NotEmpty @Size(max = 20) List<@NotNull UUID> reviewerIds) {
}
