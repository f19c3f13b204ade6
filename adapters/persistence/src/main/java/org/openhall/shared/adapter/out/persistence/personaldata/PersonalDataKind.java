package org.openhall.shared.adapter.out.persistence.personaldata;

import java.util.Locale;

/**
 * The kinds of personal value that are searched by blind index. Each normalises the way the domain
 * compares, so that {@code 11010519491231002x} finds {@code 11010519491231002X} and {@code +86 138 0013 8000}
 * finds {@code 13800138000}; the kind's name is part of the HMAC input, so equal digits of an ID
 * number and of a phone never share an index value.
 */
public enum PersonalDataKind {

    /** 公民身份号码: without spaces, upper case (the check character X). */
    ID_NUMBER {
        @Override
        String normalise(String value) {
            return value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        }
    },
    /** 电话号码: digits only, without the +86 country code. */
    PHONE {
        @Override
        String normalise(String value) {
            String digits = value.strip();
            if (digits.startsWith("+86")) {
                digits = digits.substring(3);
            }
            return digits.replaceAll("\\D", "");
        }
    };

    abstract String normalise(String value);
}
