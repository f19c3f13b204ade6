package org.openhall.supervision.domain;

/** What figures are grouped by (统计维度); the period (month, quarter) is chosen separately. */
public enum FigureDimension {

    DEPARTMENT,

    ITEM,

    /** By staff member: a case counts for everyone who handled it. */
    STAFF
}
