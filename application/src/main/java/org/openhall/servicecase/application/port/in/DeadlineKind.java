package org.openhall.servicecase.application.port.in;

/** Which of a case's two limits (两个时限) to look at. */
public enum DeadlineKind {
    /** 法定期限: the limit set by law (e.g. 20 working days, Administrative Licensing Law Art. 42). */
    STATUTORY,
    /** 承诺期限: the shorter limit the centre promises in its service guide. */
    PROMISED
}
