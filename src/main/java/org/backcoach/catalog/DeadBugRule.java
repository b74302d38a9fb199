package org.backcoach.catalog;

import java.util.Set;

/**
 * The dead bug exercises and the wall-test hold that replaces them until the core test passes.
 *
 * @param dose the hold's dose in place of the dead bug's, or {@code null} to keep the dead bug's
 */
public record DeadBugRule(Set<String> replaces, String with, Dose dose) {

    public DeadBugRule {
        replaces = replaces == null ? Set.of() : Set.copyOf(replaces);
    }
}
