package org.openhall.supervision.domain;

import java.util.Locale;

import org.openhall.shared.domain.InvalidValue;

/**
 * Which due date of a case a deadline rule watches: the promised limit (承诺时限), shorter and set by
 * the centre, or the statutory limit (法定时限, Administrative Licensing Law Art. 42). Each centre
 * chooses per rule.
 */
public enum WatchedDeadline {

    /** 承诺时限. */
    PROMISED,

    /** 法定时限. */
    STATUTORY;

    public static WatchedDeadline parse(String field, String text) {
        if (text != null) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // falls through to the problem below
            }
        }
        throw new InvalidValue(field, "must be promised or statutory");
    }
}
