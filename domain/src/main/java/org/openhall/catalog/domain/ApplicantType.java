package org.openhall.catalog.domain;

/** Who may apply for an item (服务对象). */
public enum ApplicantType {
    /** 自然人: a natural person. */
    NATURAL_PERSON,
    /** 法人（及其他组织）: a legal person or other organisation. */
    LEGAL_PERSON
}
