package org.backcoach.assessment.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.IntakeValidator;
import org.backcoach.assessment.InvalidIntakeException;
import org.backcoach.shared.FieldProblem;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an intake from JSON and reports every bad field at once. The JSON tree is first checked against
 * the shape of {@link Intake} (unknown fields, wrong types, unknown enum values, each with its exact
 * path), and only a well-shaped tree is bound; the {@link IntakeValidator} then checks ranges and
 * consistency. Jackson alone would stop at the first problem.
 */
@Component
public class IntakeReader {

    private final JsonMapper mapper;

    public IntakeReader(JsonMapper mapper) {
        this.mapper = mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A missing boolean means false; an explicit null was already refused by the shape check.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /**
     * The intake in {@code json}, valid by {@link IntakeValidator}.
     *
     * @throws InvalidIntakeException naming every bad field
     */
    public Intake read(String json) {
        if (json == null || json.isBlank()) {
            throw invalid("", "the request body must be an intake as a JSON object");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw invalid(
                    "",
                    location == null
                            ? "the body is not valid JSON"
                            : "the body is not valid JSON (line " + location.getLineNr() + ", column "
                                    + location.getColumnNr() + ")");
        }
        var problems = new ArrayList<FieldProblem>();
        if (tree == null || !tree.isObject()) {
            throw invalid("", "the request body must be an intake as a JSON object");
        }
        // Bad values are cut from the tree so that the rest can still be bound and range-checked.
        checkRecord((ObjectNode) tree, Intake.class, "", problems);
        var intake = mapper.treeToValue(tree, Intake.class);
        for (var problem : IntakeValidator.validate(intake)) {
            if (problems.stream().noneMatch(known -> overlaps(known.field(), problem.field()))) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidIntakeException(problems);
        }
        return intake;
    }

    private static boolean overlaps(String one, String other) {
        return one.startsWith(other) || other.startsWith(one);
    }

    private static InvalidIntakeException invalid(String field, String message) {
        return new InvalidIntakeException(List.of(new FieldProblem(field, message)));
    }

    private static void checkRecord(ObjectNode node, Class<?> type, String path, List<FieldProblem> problems) {
        Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
        var bad = new ArrayList<String>();
        for (var property : node.properties()) {
            var field = join(path, property.getKey());
            var component = components.get(property.getKey());
            if (component == null) {
                problems.add(new FieldProblem(field, "is not a field we know"));
                bad.add(property.getKey());
            } else if (!fits(property.getValue(), component.getGenericType(), field, problems)) {
                bad.add(property.getKey());
            }
        }
        node.remove(bad);
    }

    /** Whether the value can be bound; problems inside a nested object are cut there and reported. */
    private static boolean fits(JsonNode node, Type type, String field, List<FieldProblem> problems) {
        var raw = rawClass(type);
        if (node.isNull()) {
            return !raw.isPrimitive() || refuse(field, expected(raw) + ", not null", problems);
        }
        if (raw == Integer.class || raw == int.class) {
            if (!node.isIntegralNumber()) {
                return refuse(field, expected(raw), problems);
            }
            return node.canConvertToInt() || refuse(field, "is far too large", problems);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return node.isBoolean() || refuse(field, expected(raw), problems);
        }
        if (raw.isEnum()) {
            if (!node.isString()) {
                return refuse(field, expected(raw), problems);
            }
            var known = Arrays.stream(raw.getEnumConstants())
                    .anyMatch(constant -> ((Enum<?>) constant).name().equals(node.asString()));
            return known || refuse(field, "'" + node.asString() + "' is not valid: it " + expected(raw), problems);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                return refuse(field, expected(raw), problems);
            }
            var elementType = ((ParameterizedType) type).getActualTypeArguments()[0];
            var allFit = true;
            for (int index = 0; index < node.size(); index++) {
                var element = node.get(index);
                var elementField = field + "[" + index + "]";
                allFit &= element.isNull()
                        ? refuse(elementField, "must not be empty", problems)
                        : fits(element, elementType, elementField, problems);
            }
            return allFit;
        }
        if (raw.isRecord()) {
            if (!node.isObject()) {
                return refuse(field, expected(raw), problems);
            }
            checkRecord((ObjectNode) node, raw, field, problems);
            return true;
        }
        throw new IllegalStateException("the intake shape has a field of an unsupported type: " + type);
    }

    private static boolean refuse(String field, String message, List<FieldProblem> problems) {
        problems.add(new FieldProblem(field, message));
        return false;
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be an object";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
