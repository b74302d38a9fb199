package org.backcoach.training.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backcoach.shared.FieldProblem;
import org.backcoach.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a small JSON object strictly: unknown fields, wrong types and malformed JSON are refused with every
 * bad field named, so that a typo never silently drops what a person logged.
 */
@Component
class JsonFields {

    /** The JSON type a field must have; every field may also be {@code null} or absent. */
    enum Kind {
        STRING,
        INTEGER,
        NUMBER,
        DATE
    }

    /** The fields read, by name; absent and null fields are missing. */
    record Values(Map<String, Object> values) {

        String string(String field) {
            return (String) values.get(field);
        }

        Integer integer(String field) {
            return (Integer) values.get(field);
        }

        Double number(String field) {
            return (Double) values.get(field);
        }

        LocalDate date(String field) {
            return (LocalDate) values.get(field);
        }
    }

    private final JsonMapper mapper;

    JsonFields(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param body the request body, possibly empty
     * @param fields the fields allowed, with their kinds
     * @throws InvalidInputException naming every bad field
     */
    Values read(String body, Map<String, Kind> fields) {
        if (body == null || body.isBlank()) {
            return new Values(Map.of());
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JacksonException e) {
            throw InvalidInputException.of("", "the request body is not valid JSON");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw InvalidInputException.of("", "the request body must be a JSON object");
        }
        var problems = new ArrayList<FieldProblem>();
        var values = new LinkedHashMap<String, Object>();
        for (var name : object.propertyNames()) {
            var kind = fields.get(name);
            if (kind == null) {
                problems.add(new FieldProblem(name, "is not a known field; expected one of " + fields.keySet()));
                continue;
            }
            var node = object.get(name);
            if (node.isNull()) {
                continue;
            }
            var value = value(node, kind);
            if (value == null) {
                problems.add(new FieldProblem(name, "must be " + expected(kind)));
            } else {
                values.put(name, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Values(values);
    }

    private static Object value(JsonNode node, Kind kind) {
        return switch (kind) {
            case STRING -> node.isString() ? node.asString() : null;
            case INTEGER -> node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
            case NUMBER -> node.isNumber() ? node.doubleValue() : null;
            case DATE -> {
                if (!node.isString()) {
                    yield null;
                }
                try {
                    yield LocalDate.parse(node.asString());
                } catch (DateTimeParseException e) {
                    yield null;
                }
            }
        };
    }

    private static String expected(Kind kind) {
        return switch (kind) {
            case STRING -> "a string";
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case DATE -> "a date as YYYY-MM-DD";
        };
    }
}
