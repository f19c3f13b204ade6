package org.openhall.disclosure.domain.request;

/**
 * Who asks for information, in the columns of the national annual report table (申请人情况):
 * natural persons, and legal persons or other organisations by kind.
 */
public enum RequesterKind {
    /** 自然人. */
    NATURAL_PERSON,
    /** 法人或其他组织 — 商业企业. */
    COMMERCIAL_ENTERPRISE,
    /** 法人或其他组织 — 科研机构. */
    RESEARCH_INSTITUTION,
    /** 法人或其他组织 — 社会公益组织. */
    PUBLIC_INTEREST_ORGANISATION,
    /** 法人或其他组织 — 法律服务机构. */
    LEGAL_SERVICE_INSTITUTION,
    /** 法人或其他组织 — 其他. */
    OTHER_ORGANISATION;

    public boolean isNaturalPerson() {
        return this == NATURAL_PERSON;
    }
}
