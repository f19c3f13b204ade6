package org.openhall.complaint.domain.rating;

/** What kind of service event is rated (评价对象): a case (办件) or a ticket (工单). */
public enum RatedServiceKind {
    /** 办件: an application handled under the approval catalog. */
    CASE,
    /** 工单: a complaint, consultation or request handled in the ticket loop. */
    TICKET
}
