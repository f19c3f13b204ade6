package org.openhall.disclosure.domain.request;

/** What a consulted third party said (第三方意见), Art. 32. */
public enum ThirdPartyOpinion {
    /** 同意公开. */
    CONSENTS,
    /** 不同意公开, with reasons. */
    OBJECTS,
    /** 逾期未提出意见: the 15 working days passed without an answer; the agency decides. */
    NONE
}
