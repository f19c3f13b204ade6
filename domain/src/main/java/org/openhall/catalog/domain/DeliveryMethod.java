package org.openhall.catalog.domain;

/** How the applicant receives the result (送达方式). */
public enum DeliveryMethod {
    /** 窗口领取: picked up at the window. */
    PICKUP,
    /** 邮寄送达: sent by post. */
    MAIL
}
