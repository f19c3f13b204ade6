package org.openhall.complaint.domain.hotline;

/** Where a hotline call stands (通话状态). */
public enum CallState {
    /** 振铃: the call reached the centre and waits for an operator. */
    RINGING,
    /** 接通: an operator took the call. */
    ANSWERED,
    /** 挂断: the call is over, answered or not (an unanswered one is a missed call, 未接来电). */
    ENDED
}
