package org.openhall.supervision.domain;

import org.openhall.shared.domain.InvalidValue;

/**
 * How grave a supervision finding is: 预警 (warning, before anything went wrong), 黄牌 (yellow card)
 * and 红牌 (red card). Cards count in the department's figures and grades; warnings do not.
 */
public enum WarningLevel {

    /** 预警: a deadline is near; nothing is wrong yet. */
    WARNING,

    /** 黄牌: a rule was broken, or a deadline passed by the yellow threshold. */
    YELLOW_CARD,

    /** 红牌: a grave breach, by default a case past its due date. */
    RED_CARD;

    /** Whether this level is a card (黄牌/红牌) rather than a mere warning. */
    public boolean isCard() {
        return this != WARNING;
    }

    /** The pack's spelling: {@code warning}, {@code yellow-card}, {@code red-card}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The level of the pack's spelling ({@code yellow-card}) or of the API's ({@code YELLOW_CARD}). */
    public static WarningLevel parse(String field, String text) {
        if (text != null) {
            for (WarningLevel level : values()) {
                if (level.key().equalsIgnoreCase(text.strip()) || level.name().equalsIgnoreCase(text.strip())) {
                    return level;
                }
            }
        }
        throw new InvalidValue(field, "must be one of warning, yellow-card, red-card");
    }
}
