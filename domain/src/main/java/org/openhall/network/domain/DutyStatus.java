package org.openhall.network.domain;

/** Who serves a window on a day (窗口在岗情况). */
public enum DutyStatus {
    /** The A post (A岗) is present and serves. */
    A_PRESENT,
    /** The A post is absent; the B post (B岗) is present and serves for A with A's full authority (AB岗替补). */
    B_ACTING_FOR_A,
    /** Neither post is present (or there is no B post and A is absent): the supervisor must see it (空岗). */
    UNATTENDED
}
