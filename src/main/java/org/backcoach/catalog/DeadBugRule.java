package org.backcoach.catalog;

import java.util.Set;

/** The dead bug exercises and the wall-test hold that replaces them until the core test passes. */
public record DeadBugRule(Set<String> replaces, String with) {

    public DeadBugRule {
        replaces = replaces == null ? Set.of() : Set.copyOf(replaces);
    }
}
