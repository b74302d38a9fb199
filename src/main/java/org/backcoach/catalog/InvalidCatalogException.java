package org.backcoach.catalog;

import java.util.List;

/** The catalogue data is inconsistent; the message lists every problem so it can be fixed in one go. */
public class InvalidCatalogException extends RuntimeException {

    private final List<String> problems;

    public InvalidCatalogException(List<String> problems) {
        super("The exercise catalogue is invalid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
