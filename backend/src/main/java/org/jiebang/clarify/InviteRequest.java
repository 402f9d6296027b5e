package org.jiebang.clarify;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A firm's invitation of a lab to bid on its challenge.
 *
 * @param labId the lab
 * @param message a note to the lab
 */
public record InviteRequest(@NotNull UUID labId, @Size(max = 500) String message) {
}
