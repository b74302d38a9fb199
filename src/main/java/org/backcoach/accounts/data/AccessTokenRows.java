package org.backcoach.accounts.data;

import static org.backcoach.accounts.data.AccountRows.instant;
import static org.backcoach.accounts.data.AccountRows.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.accounts.AccessToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The access_token table; only hashes of the secrets are stored. */
@Repository
public class AccessTokenRows {

    private final JdbcClient jdbc;

    public AccessTokenRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID accountId, AccessToken token, String hash) {
        jdbc.sql("""
                        insert into access_token (id, account_id, name, token_hash, prefix, created_at)
                        values (:id, :accountId, :name, :hash, :prefix, :createdAt)
                        """)
                .param("id", token.id())
                .param("accountId", accountId)
                .param("name", token.name())
                .param("hash", hash)
                .param("prefix", token.prefix())
                .param("createdAt", utc(token.createdAt()))
                .update();
    }

    public List<AccessToken> ofAccount(UUID accountId) {
        return jdbc.sql("select * from access_token where account_id = :accountId order by created_at desc")
                .param("accountId", accountId)
                .query((rs, row) -> new AccessToken(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        instant(rs, "created_at"),
                        instant(rs, "last_used_at"),
                        instant(rs, "revoked_at")))
                .list();
    }

    /** Revokes the token only if it belongs to the account; returns whether it did. */
    public boolean revoke(UUID accountId, UUID tokenId, Instant now) {
        return jdbc.sql("""
                                update access_token set revoked_at = :now
                                where id = :id and account_id = :accountId and revoked_at is null
                                """)
                        .param("now", utc(now))
                        .param("id", tokenId)
                        .param("accountId", accountId)
                        .update()
                == 1;
    }

    /** The owner of an active token with this hash, marking it used. */
    public Optional<UUID> use(String hash, Instant now) {
        var owner = jdbc.sql("select account_id from access_token where token_hash = :hash and revoked_at is null")
                .param("hash", hash)
                .query(UUID.class)
                .optional();
        // At most one write a minute per token, so that busy API clients do not double their writes.
        owner.ifPresent(id -> jdbc.sql("""
                        update access_token set last_used_at = :now
                        where token_hash = :hash and (last_used_at is null or last_used_at < :minuteAgo)
                        """)
                .param("now", utc(now))
                .param("minuteAgo", utc(now.minusSeconds(60)))
                .param("hash", hash)
                .update());
        return owner;
    }
}
