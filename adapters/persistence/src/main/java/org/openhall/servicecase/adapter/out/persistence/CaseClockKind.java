package org.openhall.servicecase.adapter.out.persistence;

/** Which of a case's two clocks a stored pause or extension belongs to. */
enum CaseClockKind {
    /** 法定期限. */
    STATUTORY,
    /** 承诺期限. */
    PROMISED
}
