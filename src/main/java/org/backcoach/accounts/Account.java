package org.backcoach.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A person who uses BackCoach. */
public record Account(UUID id, String email, String displayName, Role role, ZoneId timeZone, Instant createdAt) {}
