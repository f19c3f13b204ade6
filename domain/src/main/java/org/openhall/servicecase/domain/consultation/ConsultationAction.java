package org.openhall.servicecase.domain.consultation;

/** The steps of a consultation, as its history (留痕) names them. */
public enum ConsultationAction {
    /** 登记: the first-contact clerk recorded the enquiry. */
    RECORD,
    /** 答复: the responsible clerk answered. */
    ANSWER,
    /** 转申请: the enquiry was received as an application. */
    APPLY,
    /** 首问转办: referred to the competent department. */
    REFER,
    /** 签收: the competent department acknowledged the referral. */
    ACKNOWLEDGE_REFERRAL
}
