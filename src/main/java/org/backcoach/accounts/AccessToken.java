package org.backcoach.accounts;

import java.time.Instant;
import java.util.UUID;

/** A personal access token as its owner sees it later: never the secret, only its first characters. */
public record AccessToken(
        UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
