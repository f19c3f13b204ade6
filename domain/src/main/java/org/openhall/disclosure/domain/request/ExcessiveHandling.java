package org.openhall.disclosure.domain.request;

/** What an agency does with a request that clearly exceeds a reasonable scope, Art. 35. */
public enum ExcessiveHandling {
    /** 不予处理: the reasons given are not reasonable. */
    NOT_PROCESSED,
    /** 延迟答复: the reasons are reasonable, but the reply needs longer; a reasonable day is set and told. */
    DEFERRED
}
