package org.openhall.servicecase.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * How the county numbers its cases (办件编号规则), e.g. {@code {region}-{date:yyyyMMdd}-{seq:5}}:
 * literal text and three placeholders — {@code {region}} the region code, {@code {date:FORMAT}}
 * the day of receipt in a {@link DateTimeFormatter} pattern, {@code {seq:N}} a counter of at least N
 * digits. The counter runs per <em>scope</em>: the number with the counter left out, so a pattern
 * with a daily date counts per day, one with {@code yyyyMM} per month.
 *
 * <p>Invariant: exactly one {@code {seq:N}} (1 ≤ N ≤ 9); every number it renders is a valid
 * {@link CaseNumber}.
 */
@ValueObject
public record CaseNumberPattern(String text) {

    private static final Pattern TOKEN = Pattern.compile("\\{(region|date:([^}]+)|seq:([1-9]))}");
    private static final String SCOPE_MARK = "{seq}";

    /** The default of the county parameter {@code case.number-pattern}; after TOKEN, which it needs. */
    public static final CaseNumberPattern DEFAULT = new CaseNumberPattern("{region}-{date:yyyyMMdd}-{seq:5}");

    public CaseNumberPattern {
        if (text == null || text.isBlank()) {
            throw new InvalidValue("case.number-pattern", "must not be blank");
        }
        text = text.strip();
        int seqTokens = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                seqTokens++;
            }
            if (m.group(2) != null) {
                try {
                    DateTimeFormatter.ofPattern(m.group(2));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValue("case.number-pattern", "has a date format Java cannot read: " + m.group(2));
                }
            }
        }
        if (seqTokens != 1) {
            throw new InvalidValue("case.number-pattern", "must hold exactly one {seq:N} with N from 1 to 9");
        }
        if (TOKEN.matcher(text).replaceAll("").contains("{")) {
            throw new InvalidValue("case.number-pattern", "knows only {region}, {date:FORMAT} and {seq:N}");
        }
        // Render a sample so that a pattern producing invalid case numbers fails when it is set.
        new CaseNumberPattern.Renderer(text).number("451381", LocalDate.of(2026, 3, 2), 1);
    }

    /** The counter's scope for a receipt in {@code regionCode} on {@code day}. */
    public String scope(String regionCode, LocalDate day) {
        return new Renderer(text).render(regionCode, day, null);
    }

    /** The number with counter value {@code sequence}. */
    public CaseNumber number(String regionCode, LocalDate day, long sequence) {
        return new Renderer(text).number(regionCode, day, sequence);
    }

    @Override
    public String toString() {
        return text;
    }

    private record Renderer(String text) {

        CaseNumber number(String regionCode, LocalDate day, long sequence) {
            if (sequence < 1) {
                throw new InvalidValue("sequence", "must be at least 1");
            }
            return new CaseNumber(render(regionCode, day, sequence));
        }

        String render(String regionCode, LocalDate day, Long sequence) {
            if (regionCode == null || regionCode.isBlank()) {
                throw new InvalidValue("regionCode", "must not be blank");
            }
            Matcher m = TOKEN.matcher(text);
            List<String> parts = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                parts.add(text.substring(last, m.start()));
                if (m.group(1).equals("region")) {
                    parts.add(regionCode.strip());
                } else if (m.group(2) != null) {
                    parts.add(DateTimeFormatter.ofPattern(m.group(2)).format(day));
                } else {
                    parts.add(sequence == null ? SCOPE_MARK
                            : String.format("%0" + m.group(3) + "d", sequence));
                }
                last = m.end();
            }
            parts.add(text.substring(last));
            return String.join("", parts);
        }
    }
}
