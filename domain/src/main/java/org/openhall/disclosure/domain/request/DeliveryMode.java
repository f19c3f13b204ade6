package org.openhall.disclosure.domain.request;

/** How disclosed information reaches the applicant, Art. 36(2) and Art. 40. */
public enum DeliveryMode {
    /** 随答复提供: provided with the reply. */
    PROVIDED,
    /** 告知获取的方式、途径和时间: the reply says how, where and when to get it. */
    BY_ARRANGEMENT
}
