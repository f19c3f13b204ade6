package org.openhall.bootstrap.countypack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.openhall.shared.application.ChangeOutcome;

/**
 * What importing a county pack did, one entry per thing applied: its kind, its key (a code, a
 * username, a parameter key, a calendar year) and the outcome. Re-importing an unchanged pack
 * gives only {@link ChangeOutcome#UNCHANGED}; a changed pack lists exactly what differed.
 */
public final class ImportReport {

    /** The kinds of things a pack holds, in the order they are applied. */
    public enum Kind {
        CENTRE("centre"), CALENDARS("calendars"), DEPARTMENTS("departments"), HALLS("halls"), STAFF("staff"),
        ITEMS("items"), WINDOWS("windows"), PARAMETERS("parameters");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the command line names it. */
        public String label() {
            return label;
        }
    }

    /** One thing applied and what it did. */
    public record Change(Kind kind, String key, ChangeOutcome outcome) {

        @Override
        public String toString() {
            return outcome + " " + kind.label() + " " + key;
        }
    }

    private final String location;
    private final List<Change> changes;

    public ImportReport(String location, List<Change> changes) {
        this.location = location;
        this.changes = List.copyOf(changes);
    }

    public String location() {
        return location;
    }

    /** Every change in the order applied. */
    public List<Change> changes() {
        return changes;
    }

    /** Only what was added, changed or removed. */
    public List<Change> differences() {
        return changes.stream().filter(c -> c.outcome() != ChangeOutcome.UNCHANGED).toList();
    }

    /** How many things of {@code kind} had {@code outcome}. */
    public int count(Kind kind, ChangeOutcome outcome) {
        return (int) changes.stream().filter(c -> c.kind() == kind && c.outcome() == outcome).count();
    }

    /** The counts per kind and outcome, every kind and outcome present. */
    public Map<Kind, Map<ChangeOutcome, Integer>> counts() {
        Map<Kind, Map<ChangeOutcome, Integer>> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Map<ChangeOutcome, Integer> byOutcome = new EnumMap<>(ChangeOutcome.class);
            for (ChangeOutcome outcome : ChangeOutcome.values()) {
                byOutcome.put(outcome, count(kind, outcome));
            }
            counts.put(kind, byOutcome);
        }
        return counts;
    }

    /** The report as the command line prints it: a table of counts, then every difference. */
    public String format() {
        List<String> lines = new ArrayList<>();
        lines.add("County pack " + location + " imported.");
        lines.add(String.format("%-12s %7s %9s %11s %9s", "", "ADDED", "CHANGED", "UNCHANGED", "REMOVED"));
        counts().forEach((kind, byOutcome) -> lines.add(String.format("%-12s %7d %9d %11d %9d", kind.label(),
                byOutcome.get(ChangeOutcome.ADDED), byOutcome.get(ChangeOutcome.CHANGED),
                byOutcome.get(ChangeOutcome.UNCHANGED), byOutcome.get(ChangeOutcome.REMOVED))));
        List<Change> differences = differences();
        if (differences.isEmpty()) {
            lines.add("Nothing changed: the stored state already matches the pack.");
        } else {
            lines.add("Differences applied:");
            differences.forEach(c -> lines.add("  " + c));
        }
        return String.join(System.lineSeparator(), lines);
    }
}
