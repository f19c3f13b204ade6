package org.openhall.supervision.domain;

/** The quarterly grade of a department (季度考核等次). */
public enum Grade {

    /** 优秀. */
    EXCELLENT,

    /** 良好. */
    GOOD,

    /** 合格. */
    PASS,

    /** 不合格. */
    FAIL
}
