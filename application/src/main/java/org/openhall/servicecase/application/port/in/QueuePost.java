package org.openhall.servicecase.application.port.in;

/** In which capacity a clerk has a case in their queue (A/B岗工作制). */
public enum QueuePost {
    /** The clerk holds the A post of the case's window and is on duty. */
    A,
    /** The clerk holds the B post and acts for the absent A post today, with A's full authority (B岗代A岗). */
    ACTING_FOR_A
}
