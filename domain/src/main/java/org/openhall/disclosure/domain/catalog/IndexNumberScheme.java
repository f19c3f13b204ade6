package org.openhall.disclosure.domain.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * How a jurisdiction builds index numbers (索引号编制规则) — configuration, since every province
 * prescribes its own. A pattern of literal text and the placeholders {@code {org}} (the agency's
 * code), {@code {category}} (the guide category), {@code {year}} (the year the information was
 * made) and exactly one {@code {seq:N}} (a sequence, zero-padded to N digits, counted separately
 * for every distinct rest of the number).
 *
 * <p>Example: {@code {org}-{category}-{year}-{seq:4}} gives {@code HSZF-ZCWJ-2026-0007}.
 *
 * @param pattern the pattern
 * @param organisationCode the agency's code put in for {@code {org}}
 */
@ValueObject
public record IndexNumberScheme(String pattern, String organisationCode) {

    private static final Pattern SEQUENCE = Pattern.compile("\\{seq:(\\d)}");

    public IndexNumberScheme {
        if (pattern == null || pattern.isBlank()) {
            throw new InvalidValue("indexNumberScheme", "must not be blank");
        }
        Matcher sequence = SEQUENCE.matcher(pattern);
        if (!sequence.find() || sequence.find()) {
            throw new InvalidValue("indexNumberScheme", "must hold exactly one {seq:N} placeholder");
        }
        if (organisationCode == null || organisationCode.isBlank()) {
            throw new InvalidValue("organisationCode", "must not be blank");
        }
        String rest = SEQUENCE.matcher(pattern).replaceAll("").replace("{org}", "").replace("{category}", "")
                .replace("{year}", "");
        if (rest.contains("{") || rest.contains("}")) {
            throw new InvalidValue("indexNumberScheme", "knows only {org}, {category}, {year} and {seq:N}");
        }
    }

    /** What the sequence is counted per: the number without its sequence part. */
    public String sequenceKey(String category, int year) {
        return fill(category, year).replaceAll(SEQUENCE.pattern(), "#");
    }

    /** The index number with the {@code sequence}-th number of its key. */
    public IndexNumber render(String category, int year, long sequence) {
        String filled = fill(category, year);
        Matcher m = SEQUENCE.matcher(filled);
        m.find();
        String digits = String.format("%0" + m.group(1) + "d", sequence);
        return new IndexNumber(filled.substring(0, m.start()) + digits + filled.substring(m.end()));
    }

    private String fill(String category, int year) {
        return pattern.replace("{org}", organisationCode).replace("{category}", category)
                .replace("{year}", Integer.toString(year));
    }
}
