package org.openhall.disclosure.domain.request;

/**
 * The two scales of the information processing fee (信息处理费), 国办函〔2020〕109号; an agency
 * charges a request by one of them, never both.
 */
public enum FeeScale {
    /** 按件计收: by the number of requests of the same applicant in a calendar month. */
    PER_REQUEST,
    /** 按量计收: by the pages of information one request asks for. */
    PER_PAGE
}
