package org.openhall.disclosure.domain.request;

/** Why a request was closed without a reply. */
public enum Withdrawal {
    /** 申请人撤回申请. */
    BY_APPLICANT,
    /** 视为放弃申请: the correction did not come by the applicant's deadline (Art. 30). */
    DEEMED_NO_CORRECTION
}
