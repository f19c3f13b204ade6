package org.openhall.bootstrap.countypack.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openhall.bootstrap.countypack.spec.ParameterSpec;
import org.openhall.participation.application.service.CountyHearingNoticePeriods;
import org.openhall.participation.domain.HearingNoticePeriods;
import org.openhall.shared.application.port.in.CountyParameterRules;

/**
 * Checks {@code parameters.yaml}. Keys belong to a known group (the contexts that read them);
 * what a value must look like follows from the key: counts of days are whole numbers, the SMS
 * signature is written in 【】, templates use {@code {placeholders}}, every hotline ticket
 * class has both a name and a limit (its description, group and keywords are optional, but never
 * without the class), and the hearing notice periods leave room for each step.
 */
final class ParameterChecks {

    /** The groups contexts read; a key outside them is most likely a typo. */
    static final Set<String> GROUPS = Set.of("supervision", "rating", "hotline", "sms", "participation",
            "pre-review", "case");

    /** Keys the pack stores for the centre itself; a pack's parameters may not set them. */
    static final String RESERVED = "centre";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** A class's parts: name and limit are required, description, group and keywords (for Open311) optional. */
    private static final Pattern HOTLINE_CLASS =
            Pattern.compile("hotline\\.class\\.([a-z0-9-]+)\\.(name|working-days|description|group|keywords)");
    private static final int MAX_DAYS = 3650;

    private final Checks checks;

    ParameterChecks(Checks checks) {
        this.checks = checks;
    }

    /** The parameters by key, ordered; those with errors are left out. */
    Map<String, String> check(List<ParameterSpec> specs) {
        Map<String, String> valid = new TreeMap<>();
        Map<String, Map<String, ParameterSpec>> hotlineClasses = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            if (checks.value(spec.where(), "", () -> CountyParameterRules.requireKey(spec.key())) == null) {
                continue;
            }
            String group = spec.key().substring(0, spec.key().indexOf('.'));
            if (group.equals(RESERVED)) {
                checks.error(spec.where(), "", "keys under centre. are kept for centre.yaml; set them there");
                continue;
            }
            if (!GROUPS.contains(group)) {
                checks.error(spec.where(), "", "\"" + group + "\" is not a parameter group (groups: "
                        + String.join(", ", new TreeSet<>(GROUPS)) + ")");
                continue;
            }
            if (checks.value(spec.where(), "", () -> CountyParameterRules.requireValue(spec.value())) == null
                    || !valueFits(spec)) {
                continue;
            }
            Matcher hotline = HOTLINE_CLASS.matcher(spec.key());
            if (hotline.matches()) {
                hotlineClasses.computeIfAbsent(hotline.group(1), c -> new LinkedHashMap<>()).put(hotline.group(2), spec);
            }
            valid.put(spec.key(), spec.value().strip());
        }
        hotlineClasses.forEach((ticketClass, parts) -> {
            for (String part : List.of("name", "working-days")) {
                if (!parts.containsKey(part)) {
                    ParameterSpec other = parts.values().iterator().next();
                    checks.error(other.where(), "", "hotline ticket class " + ticketClass + " also needs hotline.class."
                            + ticketClass + "." + part);
                }
            }
        });
        hearingPeriodsFollowEachOther(specs, valid);
        return valid;
    }

    /**
     * The three hearing periods must leave room for each step after the one before (announcement ≥
     * close of registration ≥ materials); the periods a pack leaves out are the defaults.
     */
    private void hearingPeriodsFollowEachOther(List<ParameterSpec> specs, Map<String, String> valid) {
        List<String> keys = List.of(CountyHearingNoticePeriods.ANNOUNCEMENT_DAYS,
                CountyHearingNoticePeriods.REGISTRATION_CLOSING_DAYS, CountyHearingNoticePeriods.MATERIALS_DAYS);
        if (keys.stream().noneMatch(valid::containsKey)) {
            return;
        }
        HearingNoticePeriods defaults = HearingNoticePeriods.defaults();
        int[] days = {defaults.announcementDays(), defaults.registrationClosingDays(), defaults.materialsDays()};
        for (int i = 0; i < keys.size(); i++) {
            String value = valid.get(keys.get(i));
            if (value != null) {
                days[i] = Integer.parseInt(value);
            }
        }
        if (days[0] < days[1] || days[1] < days[2]) {
            ParameterSpec first = specs.stream().filter(s -> keys.contains(s.key())).findFirst().orElseThrow();
            checks.error(first.where(), "", "hearing periods must not shrink from one step to the next: announcement "
                    + days[0] + " ≥ registration closing " + days[1] + " ≥ materials " + days[2] + " days");
            keys.forEach(valid::remove);
        }
    }

    private boolean valueFits(ParameterSpec spec) {
        String key = spec.key();
        String value = spec.value().strip();
        String last = key.substring(key.lastIndexOf('.') + 1);
        if (last.contains("days") || last.contains("hours")) {
            if (!value.matches("\\d{1,4}") || Integer.parseInt(value) > MAX_DAYS) {
                checks.error(spec.where(), "", "must be a whole number from 0 to " + MAX_DAYS + ", not \"" + value + "\"");
                return false;
            }
            return true;
        }
        if (key.equals("sms.signature")) {
            if (!value.matches("【[^【】]{2,16}】")) {
                checks.error(spec.where(), "", "an SMS signature is 2 to 16 characters in 【】, e.g. 【合山市政务服务中心】");
                return false;
            }
            return true;
        }
        if (key.startsWith("sms.template.")) {
            return placeholdersFit(spec, value);
        }
        return true;
    }

    private boolean placeholdersFit(ParameterSpec spec, String template) {
        int depth = 0;
        for (char c : template.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0 || depth > 1) {
                checks.error(spec.where(), "", "has unbalanced braces; a placeholder is written {name}");
                return false;
            }
        }
        if (depth != 0) {
            checks.error(spec.where(), "", "has unbalanced braces; a placeholder is written {name}");
            return false;
        }
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            if (!placeholder.group(1).matches("[a-zA-Z][a-zA-Z0-9]*")) {
                checks.error(spec.where(), "", "placeholder {" + placeholder.group(1)
                        + "} must be a name of letters and digits, e.g. {caseNumber}");
                return false;
            }
        }
        return true;
    }
}
