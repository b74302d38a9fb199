package org.backcoach.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.backcoach.assessment.FieldProblem;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.IntakeValidator;
import org.backcoach.assessment.InvalidIntakeException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an intake from JSON and reports every bad field at once: unknown fields, wrong types, unknown
 * enum values, then the validator's range and consistency checks. Jackson stops at the first error by
 * default; a problem handler records the recoverable ones and carries on so that a person fixes their
 * input in one round.
 */
@Component
public class IntakeReader {

    private final ObjectReader reader;

    public IntakeReader(JsonMapper mapper) {
        this.reader = mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build()
                .readerFor(Intake.class);
    }

    /**
     * The intake in {@code json}, valid by {@link IntakeValidator}.
     *
     * @throws InvalidIntakeException naming every bad field
     */
    public Intake read(String json) {
        var problems = new ArrayList<FieldProblem>();
        Intake intake = null;
        if (json == null || json.isBlank()) {
            problems.add(new FieldProblem("", "the request body must be an intake as a JSON object"));
        } else {
            try {
                intake = reader.withHandler(new Collector(problems)).readValue(json);
            } catch (StreamReadException e) {
                problems.add(new FieldProblem(
                        "",
                        "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                                + e.getLocation().getColumnNr() + ")"));
            } catch (JacksonException e) {
                problems.add(new FieldProblem(path(e.getPath()), plain(e)));
            }
        }
        if (intake == null && problems.isEmpty()) {
            problems.add(new FieldProblem("", "the request body must be an intake as a JSON object"));
        }
        if (intake != null) {
            for (var problem : IntakeValidator.validate(intake)) {
                if (problems.stream().noneMatch(known -> known.field().startsWith(problem.field()))) {
                    problems.add(problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidIntakeException(problems);
        }
        return intake;
    }

    private static String path(List<JacksonException.Reference> references) {
        var path = new StringBuilder();
        for (var reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String currentPath(JsonParser parser) {
        var pointer = parser.streamReadContext().pathAsPointer().toString();
        var path = new StringBuilder();
        for (var segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".")
                        .append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    private static String plain(JacksonException e) {
        var message = e.getOriginalMessage();
        if (message.contains("Cannot coerce") || message.contains("Cannot deserialize")) {
            return "has the wrong type";
        }
        return message;
    }

    static String expected(Class<?> type) {
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
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be text";
        }
        return "must be an object";
    }

    /** Records recoverable problems and lets reading continue with an empty value in their place. */
    private static final class Collector extends DeserializationProblemHandler {

        private final List<FieldProblem> problems;

        Collector(List<FieldProblem> problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                ValueDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName) {
            var parent = currentPath(parser);
            var field = parent.endsWith(propertyName) ? parent : join(parent, propertyName);
            problems.add(new FieldProblem(field, "is not a field we know"));
            parser.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(
                DeserializationContext context, Class<?> targetType, String value, String failureMessage) {
            problems.add(new FieldProblem(
                    currentPath(context.getParser()), "'" + value + "' is not valid: it " + expected(targetType)));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(
                DeserializationContext context, Class<?> targetType, Number value, String failureMessage) {
            problems.add(new FieldProblem(currentPath(context.getParser()), expected(targetType)));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(
                DeserializationContext context,
                JavaType targetType,
                JsonToken token,
                JsonParser parser,
                String failureMessage) {
            problems.add(new FieldProblem(currentPath(parser), expected(targetType.getRawClass())));
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
            return emptyValue(targetType.getRawClass());
        }

        @Override
        public Object handleNullForPrimitives(
                DeserializationContext context,
                Class<?> targetType,
                JsonParser parser,
                ValueDeserializer<?> deserializer,
                String failureMessage) {
            // A missing field takes its default; only an explicit null is a mistake.
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                problems.add(new FieldProblem(currentPath(parser), expected(targetType) + ", not null"));
            }
            return emptyValue(targetType);
        }

        private static Object emptyValue(Class<?> type) {
            if (type == boolean.class) {
                return false;
            }
            if (type == int.class) {
                return 0;
            }
            return null;
        }

        private static String join(String parent, String name) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
    }
}
