package org.openhall.disclosure.domain.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openhall.shared.domain.identity.PersonName;

/**
 * Masks personal data in text that is about to go public (个人信息去标识化, Personal Information
 * Protection Law Art. 51; Regulations Art. 15): resident identity numbers, mobile and landline
 * numbers by pattern, and the names of persons given for each entry. The masks are the same as
 * everywhere in OpenHall: {@code 4513**********123X}, {@code 138****1234}, {@code 0772-***2345},
 * {@code 张*}.
 *
 * <p>It errs on the side of masking: any 18-character run of 17 digits and a digit or X is
 * masked, whether or not its check digit is right, since a mistyped number is still someone's.
 */
public final class PersonalDataRedactor {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:\\+?86[ \\-]?)?(1[3-9]\\d)[ \\-]?(\\d{4})[ \\-]?(\\d{4})(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(0\\d{2,3})[ \\-](\\d{3,4})(\\d{4})(?![0-9])");

    private PersonalDataRedactor() {
    }

    /** {@code text} with identity numbers, phone numbers and the given {@code names} masked; {@code null} stays {@code null}. */
    public static String redact(String text, List<String> names) {
        if (text == null) {
            return null;
        }
        String out = replace(ID_NUMBER, text, m -> m.group(1).substring(0, 4) + "*".repeat(10) + m.group(1).substring(14));
        out = replace(MOBILE, out, m -> m.group(1) + "****" + m.group(3));
        out = replace(LANDLINE, out, m -> m.group(1) + "-" + "*".repeat(m.group(2).length()) + m.group(3));
        if (!names.isEmpty()) {
            // One pass, longest names first: 欧阳娜娜 is masked whole, and a shorter name such as 欧阳 never
            // matches again inside a mask already made.
            String alternatives = names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            out = replace(Pattern.compile(alternatives), out, m -> new PersonName(m.group()).masked());
        }
        return out;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> mask) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mask.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
