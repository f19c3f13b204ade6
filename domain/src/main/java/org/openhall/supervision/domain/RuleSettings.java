package org.openhall.supervision.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The centre's supervision rule book (监察规则参数), read from its county pack. Municipal rules
 * differ on every number, so none is fixed in code; the defaults below apply where a pack is
 * silent.
 *
 * <p>Defaults: a {@linkplain WarningLevel#WARNING warning} one working day before the promised due
 * date, a {@linkplain WarningLevel#RED_CARD red card} on the calendar day after it, no yellow card
 * for the deadline; a yellow card for a step over its own limit and for a deemed acceptance, a
 * red card for a refusal without reasons and for a fee that differs from the catalog, a warning
 * for an online item handled offline, a yellow card for a disclosure entry published late, a
 * yellow card for a ticket not signed in within its limit and a red card for a ticket past its due date;
 * supervisory orders answered within 5 working days.
 *
 * @param approachingWatches the deadline the warnings before the due date watch
 * @param overdueWatches     the deadline the cards after the due date watch
 * @param thresholds         at most one per level, see {@link Threshold}
 * @param eventRules         the level each event rule raises; a rule missing here is switched off
 * @param orderReplyWorkingDays the default reply period of a supervisory order (督办回告期限)
 * @param grades             the quarterly grade bands
 */
@ValueObject
public record RuleSettings(WatchedDeadline approachingWatches, WatchedDeadline overdueWatches,
        List<Threshold> thresholds, Map<SupervisionRule, WarningLevel> eventRules, int orderReplyWorkingDays,
        GradeThresholds grades) {

    public static final String PREFIX = "supervision.";

    private static final List<SupervisionRule> EVENT_RULES = List.of(SupervisionRule.STEP_OVERDUE,
            SupervisionRule.DEEMED_ACCEPTANCE, SupervisionRule.REFUSAL_WITHOUT_REASONS,
            SupervisionRule.FEE_DIFFERS_FROM_CATALOG, SupervisionRule.ONLINE_ITEM_HANDLED_OFFLINE,
            SupervisionRule.PUBLICATION_OVERDUE, SupervisionRule.TICKET_SIGN_IN_OVERDUE,
            SupervisionRule.TICKET_OVERDUE);

    public RuleSettings {
        Objects.requireNonNull(approachingWatches, "approachingWatches");
        Objects.requireNonNull(overdueWatches, "overdueWatches");
        thresholds = List.copyOf(thresholds);
        if (thresholds.stream().map(Threshold::level).distinct().count() != thresholds.size()) {
            throw new InvalidValue("thresholds", "a level is raised at one threshold only");
        }
        eventRules = Map.copyOf(eventRules);
        if (orderReplyWorkingDays < 1 || orderReplyWorkingDays > Threshold.MAX_WORKING_DAYS) {
            throw new InvalidValue("orderReplyWorkingDays", "must be between 1 and " + Threshold.MAX_WORKING_DAYS);
        }
        Objects.requireNonNull(grades, "grades");
    }

    /** The settings of a centre whose pack sets nothing. */
    public static RuleSettings defaults() {
        return read(key -> Optional.empty());
    }

    /**
     * Reads the settings from the pack's parameters ({@code parameter} answers a key with its value).
     * Keys, all under {@code supervision.}:
     * <ul>
     * <li>{@code warning|yellow-card|red-card.working-days-before} or {@code .working-days-overdue}: the
     * level's threshold (one of the two; {@code off} switches the level off);</li>
     * <li>{@code rule.due-approaching.watches}, {@code rule.overdue.watches}: {@code promised} or
     * {@code statutory};</li>
     * <li>{@code rule.<rule>.level} for the event rules: a level or {@code off};</li>
     * <li>{@code order.reply-working-days};</li>
     * <li>{@code grade.excellent|good|pass.min-on-time-percent} and {@code .max-red-cards}.</li>
     * </ul>
     *
     * @throws InvalidValue naming the key whose value cannot be read
     */
    public static RuleSettings read(Function<String, Optional<String>> parameter) {
        List<Threshold> thresholds = new ArrayList<>();
        // Defaults: a yellow card one working day before the due date, a red card the day after it; the
        // plain warning is the county's to set (e.g. two working days before).
        threshold(parameter, WarningLevel.WARNING, null).ifPresent(thresholds::add);
        threshold(parameter, WarningLevel.YELLOW_CARD, Threshold.before(WarningLevel.YELLOW_CARD, 1))
                .ifPresent(thresholds::add);
        threshold(parameter, WarningLevel.RED_CARD, Threshold.overdue(WarningLevel.RED_CARD, 0)).ifPresent(thresholds::add);

        Map<SupervisionRule, WarningLevel> eventRules = new EnumMap<>(SupervisionRule.class);
        for (SupervisionRule rule : EVENT_RULES) {
            String key = PREFIX + "rule." + rule.key() + ".level";
            String value = parameter.apply(key).orElse(defaultLevel(rule).key());
            if (!"off".equalsIgnoreCase(value.strip())) {
                eventRules.put(rule, WarningLevel.parse(key, value));
            }
        }

        List<GradeBand> bands = new ArrayList<>();
        for (GradeBand band : GradeThresholds.DEFAULT.bands()) {
            String grade = PREFIX + "grade." + band.grade().name().toLowerCase(java.util.Locale.ROOT);
            bands.add(new GradeBand(band.grade(),
                    parameter.apply(grade + ".min-on-time-percent").map(v -> percent(grade + ".min-on-time-percent", v))
                            .orElse(band.minOnTimePercent()),
                    parameter.apply(grade + ".max-red-cards").map(v -> number(grade + ".max-red-cards", v))
                            .orElse(band.maxRedCards())));
        }

        return new RuleSettings(
                parameter.apply(PREFIX + "rule.due-approaching.watches")
                        .map(v -> WatchedDeadline.parse(PREFIX + "rule.due-approaching.watches", v))
                        .orElse(WatchedDeadline.PROMISED),
                parameter.apply(PREFIX + "rule.overdue.watches")
                        .map(v -> WatchedDeadline.parse(PREFIX + "rule.overdue.watches", v))
                        .orElse(WatchedDeadline.PROMISED),
                thresholds, eventRules,
                parameter.apply(PREFIX + "order.reply-working-days").map(v -> number(PREFIX + "order.reply-working-days", v))
                        .orElse(5),
                new GradeThresholds(bands));
    }

    /** The level {@code rule} raises, if it is switched on. */
    public Optional<WarningLevel> levelOf(SupervisionRule rule) {
        return Optional.ofNullable(eventRules.get(rule));
    }

    private static WarningLevel defaultLevel(SupervisionRule rule) {
        return switch (rule) {
            case REFUSAL_WITHOUT_REASONS, FEE_DIFFERS_FROM_CATALOG, TICKET_OVERDUE -> WarningLevel.RED_CARD;
            case ONLINE_ITEM_HANDLED_OFFLINE -> WarningLevel.WARNING;
            default -> WarningLevel.YELLOW_CARD;
        };
    }

    private static Optional<Threshold> threshold(Function<String, Optional<String>> parameter, WarningLevel level,
            Threshold fallback) {
        String beforeKey = PREFIX + level.key() + ".working-days-before";
        String overdueKey = PREFIX + level.key() + ".working-days-overdue";
        Optional<String> before = parameter.apply(beforeKey);
        Optional<String> overdue = parameter.apply(overdueKey);
        if (before.isPresent() && overdue.isPresent()) {
            throw new InvalidValue(overdueKey, "a level has one threshold: set " + beforeKey + " or " + overdueKey);
        }
        if (before.isPresent()) {
            return "off".equalsIgnoreCase(before.get().strip()) ? Optional.empty()
                    : Optional.of(Threshold.before(level, number(beforeKey, before.get())));
        }
        if (overdue.isPresent()) {
            return "off".equalsIgnoreCase(overdue.get().strip()) ? Optional.empty()
                    : Optional.of(Threshold.overdue(level, number(overdueKey, overdue.get())));
        }
        return Optional.ofNullable(fallback);
    }

    private static int number(String key, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0 && n <= Threshold.MAX_WORKING_DAYS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValue(key, "must be a whole number from 0 to " + Threshold.MAX_WORKING_DAYS);
    }

    private static BigDecimal percent(String key, String value) {
        try {
            return new GradeBand(Grade.PASS, new BigDecimal(value.strip()), 0).minOnTimePercent();
        } catch (NumberFormatException | InvalidValue e) {
            throw new InvalidValue(key, "must be a percentage from 0 to 100");
        }
    }
}
