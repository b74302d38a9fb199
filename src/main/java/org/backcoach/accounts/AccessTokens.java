package org.backcoach.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.accounts.data.AccessTokenRows;
import org.backcoach.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Personal access tokens for the API: shown once at creation, stored only as a SHA-256 hash (the
 * secret has 256 random bits, so a fast hash is safe), revocable by their owner.
 */
@Service
public class AccessTokens {

    static final String SECRET_PREFIX = "bc_";
    private static final int PREFIX_SHOWN = 10;

    private final AccessTokenRows rows;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessTokens(AccessTokenRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    public NewAccessToken create(UUID accountId, String name) {
        var label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw InvalidInputException.of("name", "give the token a name of 1 to 100 characters");
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var token = new AccessToken(
                UUID.randomUUID(), label, secret.substring(0, PREFIX_SHOWN), clock.instant(), null, null);
        rows.insert(accountId, token, hash(secret));
        return new NewAccessToken(token, secret);
    }

    public List<AccessToken> of(UUID accountId) {
        return rows.ofAccount(accountId);
    }

    /** Revokes one of the account's own tokens; someone else's token is left alone. */
    public boolean revoke(UUID accountId, UUID tokenId) {
        return rows.revoke(accountId, tokenId, clock.instant());
    }

    /** The account an active token belongs to. */
    public Optional<UUID> owner(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        return rows.use(hash(secret), clock.instant());
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
