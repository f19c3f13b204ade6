package org.openhall.disclosure.domain.request;

/** Where a request for information stands. */
public enum RequestStatus {
    /** 待确认: arrived by ordinary letter, online or fax; the day of receipt awaits confirmation (Art. 31). */
    AWAITING_CONFIRMATION,
    /** 办理中: received; the reply period runs. */
    IN_PROGRESS,
    /** 待补正: the correction notice is out (Art. 30); no reply period runs. */
    AWAITING_CORRECTION,
    /** 延期答复: an excessive request whose reply was deferred to a stated day (Art. 35). */
    DEFERRED,
    /** 已答复: closed with a reply of one of the types of Arts. 35–37. */
    REPLIED,
    /** 已撤回: withdrawn by the applicant, or deemed withdrawn for want of correction (Art. 30). */
    WITHDRAWN;

    /** Whether the request is closed: counted as handled in the annual report, never carried over. */
    public boolean isClosed() {
        return this == REPLIED || this == WITHDRAWN;
    }
}
