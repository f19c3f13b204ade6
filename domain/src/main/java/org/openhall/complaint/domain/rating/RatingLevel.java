package org.openhall.complaint.domain.rating;

import java.util.Map;

import org.openhall.shared.domain.InvalidValue;

/**
 * The five levels of a rating (评价等级; 国办发〔2019〕51号, GB/T 39734-2020): 非常满意 5, 满意 4, 基本满意 3,
 * 不满意 2, 非常不满意 1. The last two are bad ratings (差评): each opens a rectification.
 */
public enum RatingLevel {
    /** 非常满意. */
    VERY_SATISFIED(5, "非常满意"),
    /** 满意. */
    SATISFIED(4, "满意"),
    /** 基本满意. */
    BASICALLY_SATISFIED(3, "基本满意"),
    /** 不满意. */
    DISSATISFIED(2, "不满意"),
    /** 非常不满意. */
    VERY_DISSATISFIED(1, "非常不满意");

    private final int score;
    private final String chineseName;

    RatingLevel(int score, String chineseName) {
        this.score = score;
        this.chineseName = chineseName;
    }

    /** The level of {@code score} (5 … 1); anything else is refused. */
    public static RatingLevel ofScore(int score) {
        for (RatingLevel level : values()) {
            if (level.score == score) {
                return level;
            }
        }
        throw new InvalidValue("level", "must be a whole number from 1 (非常不满意) to 5 (非常满意)",
                Map.of("value", score));
    }

    public int score() {
        return score;
    }

    public String chineseName() {
        return chineseName;
    }

    /** 差评: 不满意 or 非常不满意. */
    public boolean bad() {
        return score <= 2;
    }
}
