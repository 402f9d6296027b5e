package org.jiebang.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Credentials for a cookie session or a bearer token.
 *
 * @param username login name
 * @param password password
 */
public record LoginRequest(@NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 128) String password) {
}
