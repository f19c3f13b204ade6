package org.openhall.catalog.domain;

/** Whether a material must be handed in (材料必要性). */
public enum MaterialRequirement {
    /** 必要: every application needs it. */
    REQUIRED,
    /** 非必要: the applicant may hand it in; it never blocks acceptance. */
    OPTIONAL,
    /** 情形必要: needed only in the situation the material names, e.g. "委托办理时". */
    CONDITIONAL
}
