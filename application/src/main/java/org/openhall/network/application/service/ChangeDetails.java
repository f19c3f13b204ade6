package org.openhall.network.application.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes the "details" of a change-log line from two definitions: for an addition every field that
 * is set, for a change only the fields that differ ({@code name: 旧 → 新}; for a list what was
 * added and removed). Works on any definition record, so a new field is logged without anyone
 * remembering to add it here.
 */
final class ChangeDetails {

    private static final String NOTHING = "–";

    private ChangeDetails() {
    }

    /** {@code field=value; …} of every field that is set, lists by their elements. */
    static String described(Record definition) {
        StringJoiner details = new StringJoiner("; ");
        for (RecordComponent component : definition.getClass().getRecordComponents()) {
            Object value = valueOf(component, definition);
            if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
                details.add(component.getName() + "=" + shown(value));
            }
        }
        return details.toString();
    }

    /** {@code field: before → after; list: +added −removed; …} of the fields that differ. */
    static String differences(Record before, Record after) {
        if (before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("definitions of different kinds");
        }
        StringJoiner details = new StringJoiner("; ");
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object old = valueOf(component, before);
            Object now = valueOf(component, after);
            if (Objects.equals(old, now)) {
                continue;
            }
            if (old instanceof Collection<?> oldElements && now instanceof Collection<?> newElements) {
                details.add(component.getName() + ": " + listChange(oldElements, newElements));
            } else {
                details.add(component.getName() + ": " + shown(old) + " → " + shown(now));
            }
        }
        return details.toString();
    }

    private static String listChange(Collection<?> before, Collection<?> after) {
        Set<Object> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        Set<Object> removed = new LinkedHashSet<>(before);
        removed.removeAll(after);
        List<String> parts = new ArrayList<>();
        added.forEach(e -> parts.add("+" + shown(e)));
        removed.forEach(e -> parts.add("−" + shown(e)));
        return String.join(" ", parts);
    }

    private static String shown(Object value) {
        if (value == null) {
            return NOTHING;
        }
        if (value instanceof Collection<?> elements) {
            StringJoiner list = new StringJoiner(", ", "[", "]");
            elements.forEach(e -> list.add(shown(e)));
            return list.toString();
        }
        if (value instanceof Record r && r.getClass().getRecordComponents().length == 1) {
            // A code such as HallCode[value=HS-CITY] reads as HS-CITY.
            return shown(valueOf(r.getClass().getRecordComponents()[0], r));
        }
        if (value instanceof Record r) {
            StringJoiner parts = new StringJoiner(" ", "(", ")");
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                parts.add(component.getName() + "=" + shown(valueOf(component, r)));
            }
            return parts.toString();
        }
        return value.toString();
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
