package org.openhall.complaint.application.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * 评价统计 over a period: per value of one dimension, the count of each level, the share of bad ratings and
 * how many were excluded after re-review (not counted in the levels). No rater identity in any row.
 */
public record RatingFigures(Dimension dimension, LocalDate from, LocalDate to, String department, List<Row> rows) {

    public RatingFigures {
        rows = List.copyOf(rows);
    }

    /** What the figures are broken down by. */
    public enum Dimension {
        /** 部门. */
        DEPARTMENT,
        /** 事项 (approval item code; a ticket's class). */
        ITEM,
        /** 工作人员: each handler of a rated service counts the rating once. */
        STAFF,
        /** 渠道. */
        CHANNEL
    }

    /**
     * One value of the dimension.
     *
     * @param levels   counted ratings per level: index 0 is level 1 (非常不满意) … index 4 level 5 (非常满意)
     * @param excluded ratings left out after re-review
     */
    public record Row(String key, List<Long> levels, long excluded) {

        public Row {
            levels = List.copyOf(levels);
        }

        /** Counted ratings. */
        public long total() {
            return levels.stream().mapToLong(Long::longValue).sum();
        }

        /** 不满意 and 非常不满意 among the counted ratings. */
        public long bad() {
            return levels.get(0) + levels.get(1);
        }

        /** 差评率: bad / total, 0 when nothing was counted. */
        public double badShare() {
            return total() == 0 ? 0 : (double) bad() / total();
        }
    }
}
