package org.openhall.notification.domain;

/**
 * Whether a message serves the applicant's own case (服务类) or not (非服务类: rating invitations,
 * publicity). A number on the suppression list (退订) receives service messages only.
 */
public enum MessageKind {

    /** About the applicant's own case (受理, 补正, 办结 …): always sent. */
    SERVICE,

    /** Anything else: not sent to a number that opted out. */
    NON_SERVICE
}
