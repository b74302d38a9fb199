package org.backcoach.catalog;

import java.util.Locale;

/** The id rule for exercises: lower case, every run of other characters than a-z and 0-9 becomes one dash. */
public final class Slugs {

    private Slugs() {}

    public static String of(String name) {
        var slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
