package org.openhall.servicecase.domain.consultation;

/** How the enquirer reached the centre (咨询渠道). */
public enum ConsultationChannel {
    /** 窗口咨询: in person at a window or the front desk. */
    WINDOW,
    /** 电话咨询: by telephone. */
    PHONE,
    /** 网上咨询: through the online service portal. */
    ONLINE
}
