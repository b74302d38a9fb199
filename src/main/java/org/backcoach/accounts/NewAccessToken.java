package org.backcoach.accounts;

/** A token just created: the only moment its secret is known. */
public record NewAccessToken(AccessToken token, String secret) {}
