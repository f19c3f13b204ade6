package org.openhall.servicecase.domain.consultation;

/**
 * Where a consultation stands. Under first-contact responsibility (首问负责) the clerk who took the
 * enquiry answers for it while it is {@link #OPEN} or {@link #REFERRED}; the receiving
 * department's clerk once {@link #ACKNOWLEDGED}; nobody once it is closed.
 */
public enum ConsultationState {
    /** 待答复: recorded, the first-contact clerk is responsible. */
    OPEN,
    /** 已转办: handed over to the competent department, not yet acknowledged by it. */
    REFERRED,
    /** 已签收: the competent department's clerk acknowledged the referral and is now responsible. */
    ACKNOWLEDGED,
    /** 已答复: answered; closed. */
    ANSWERED,
    /** 已转申请: the enquiry became an application (a case); closed. */
    BECAME_APPLICATION;

    /** Whether nothing more can happen to the consultation. */
    public boolean closed() {
        return this == ANSWERED || this == BECAME_APPLICATION;
    }
}
