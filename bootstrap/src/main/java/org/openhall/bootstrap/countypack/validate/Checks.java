package org.openhall.bootstrap.countypack.validate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.openhall.bootstrap.countypack.PackErrors;
import org.openhall.bootstrap.countypack.Where;
import org.openhall.shared.domain.InvalidValue;

/**
 * The small checks every part of the pack needs, each recording its error and letting the caller
 * carry on: domain values that refuse their input ({@link InvalidValue}) become pack errors at the
 * file, line and field they came from.
 */
final class Checks {

    private final PackErrors errors;

    Checks(PackErrors errors) {
        this.errors = errors;
    }

    /** How many errors the pack has so far, to tell whether a part added any. */
    int count() {
        return errors.size();
    }

    void error(Where where, String field, String message) {
        errors.add(where.error(field, message));
    }

    /**
     * The value {@code make} builds, or {@code null} when the domain refuses it; the refusal is
     * recorded against {@code field} with the domain's reason (an empty {@code field}: against the
     * field the domain names).
     */
    <T> T value(Where where, String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValue refused) {
            error(where, field.isEmpty() ? specField(refused.field()) : field, refused.reason());
            return null;
        }
    }

    /**
     * The spec field a domain field name stands for: {@code item.promisedLimit} is
     * {@code promisedLimit}, {@code procedure.limitWorkingDays} is {@code workingDays}.
     */
    static String specField(String domainField) {
        if (domainField == null) {
            return "";
        }
        String field = domainField.replaceFirst("^(item|material|procedure|fee)\\.", "");
        return switch (field) {
            case "limitWorkingDays" -> "workingDays";
            case "handlerRole" -> "role";
            case "sampleFormRef" -> "sampleForm";
            case "statutoryLimitWorkingDays" -> "statutoryLimit";
            case "promisedLimitWorkingDays" -> "promisedLimit";
            case "itemCode" -> "code";
            default -> field;
        };
    }

    /** {@code text} as a constant of {@code type}, or {@code null} after an error naming the allowed values. */
    <E extends Enum<E>> E constant(Where where, String field, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        error(where, field, "\"" + text + "\" is not one of " + names(type));
        return null;
    }

    /** {@code text} as one of {@code allowed}, or {@code null} after an error listing them. */
    String oneOf(Where where, String field, String text, Collection<String> allowed) {
        if (text == null) {
            return null;
        }
        if (!allowed.contains(text)) {
            error(where, field, "\"" + text + "\" is not one of " + String.join(", ", allowed));
            return null;
        }
        return text;
    }

    /** Reports every element whose key was seen before, pointing at the later one. */
    <T> void unique(List<T> elements, Function<T, String> key, Function<T, Where> where, String field,
            String what) {
        Map<String, Where> seen = new HashMap<>();
        for (T element : elements) {
            String k = key.apply(element);
            if (k == null) {
                continue;
            }
            Where first = seen.putIfAbsent(k, where.apply(element));
            if (first != null) {
                error(where.apply(element), field, what + " " + k + " is given twice (first in " + first.file()
                        + (first.location().isEmpty() ? "" : ", " + first.location()) + ")");
            }
        }
    }

    /** Whether {@code value} is at least {@code min}; records an error if not. */
    boolean atLeast(Where where, String field, Integer value, int min) {
        if (value != null && value < min) {
            error(where, field, "must be at least " + min);
            return false;
        }
        return value != null;
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
