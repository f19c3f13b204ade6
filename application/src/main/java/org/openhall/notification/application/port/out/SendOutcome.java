package org.openhall.notification.application.port.out;

/** What a gateway can say about one send. */
public sealed interface SendOutcome {

    /** Accepted; the gateway's message id ties later delivery reports to the notice. */
    record Accepted(String messageId) implements SendOutcome {
    }

    /** Certainly not sent (gateway unreachable, busy, throttling): safe to try again later. */
    record NotSent(String reason) implements SendOutcome {
    }

    /** Refused for good (invalid number, blocked wording): trying again would not help. */
    record Rejected(String reason) implements SendOutcome {
    }

    /** The request may have reached the gateway but no answer came: ask before sending again. */
    record Unknown(String reason) implements SendOutcome {
    }
}
