package org.backcoach.coaching.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The raw values of a step's form, exactly as typed or as rendered from the saved answers, so that a page
 * shown again after a mistake keeps everything the person entered.
 */
final class FormValues {

    private static final Set<String> NOT_ANSWERS = Set.of("_csrf", "action", "preset");

    private final Map<String, List<String>> values;

    private FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    static FormValues empty() {
        return new FormValues(new LinkedHashMap<>());
    }

    /** The answers of a posted form, without the CSRF token and the button that was pressed. */
    static FormValues posted(Map<String, List<String>> parameters) {
        var values = new LinkedHashMap<String, List<String>>();
        parameters.forEach((name, given) -> {
            if (!NOT_ANSWERS.contains(name)) {
                values.put(name, given.stream().map(String::strip).toList());
            }
        });
        return new FormValues(values);
    }

    FormValues put(String name, Object value) {
        if (value != null) {
            values.put(name, List.of(String.valueOf(value)));
        }
        return this;
    }

    FormValues putAll(String name, Iterable<?> chosen) {
        if (chosen != null) {
            var list = new ArrayList<String>();
            chosen.forEach(value -> list.add(value instanceof Enum<?> e ? e.name() : String.valueOf(value)));
            values.put(name, List.copyOf(list));
        }
        return this;
    }

    /** Ticks a yes-or-no checkbox when {@code on}. */
    FormValues tick(String name, boolean on) {
        if (on) {
            values.put(name, List.of("true"));
        }
        return this;
    }

    FormValues without(String name) {
        values.remove(name);
        return this;
    }

    /** The first value given for the field, or an empty string. */
    public String value(String name) {
        var given = values.get(name);
        return given == null || given.isEmpty() ? "" : given.get(0);
    }

    /** The field's value, or the fallback when it has none. */
    public String valueOr(String name, String fallback) {
        var value = value(name);
        return value.isEmpty() ? fallback : value;
    }

    /** Whether the checkbox or radio button {@code name=value} is ticked. */
    public boolean has(String name, String value) {
        var given = values.get(name);
        return given != null && given.contains(value);
    }

    /** Whether a yes-or-no checkbox is ticked. */
    public boolean on(String name) {
        return has(name, "true");
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether the field was left empty. */
    public boolean blank(String name) {
        return value(name).isEmpty();
    }
}
