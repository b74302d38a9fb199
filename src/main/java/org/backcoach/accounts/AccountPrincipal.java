package org.backcoach.accounts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as controllers receive it with {@code @AuthenticationPrincipal}. Every query
 * for personal data is scoped by {@link #accountId()}.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final UUID accountId;
    private final String email;
    private final String displayName;
    private final Role role;
    private String passwordHash;
    private final boolean locked;

    public AccountPrincipal(
            UUID accountId, String email, String displayName, Role role, String passwordHash, boolean locked) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.locked = locked;
    }

    public UUID accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + accountId + "]";
    }
}
