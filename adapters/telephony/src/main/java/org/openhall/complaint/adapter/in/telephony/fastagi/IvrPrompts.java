package org.openhall.complaint.adapter.in.telephony.fastagi;

import org.openhall.servicecase.domain.CaseStatus;

/**
 * The names of the recorded prompts the IVR plays, as Asterisk finds them under its sounds
 * directory (e.g. {@code /var/lib/asterisk/sounds/zh/openhall/status-accepted.wav}). Every word
 * the caller hears is one of these recordings or a date Asterisk reads out: no name, no number,
 * nothing personal is ever spoken. docs/hotline.md lists the texts to record.
 */
final class IvrPrompts {

    static final String WELCOME = "openhall/welcome";
    static final String ENTER_CASE_NUMBER = "openhall/enter-case-number";
    static final String ENTER_ID_LAST4 = "openhall/enter-id-last4";
    /** The one answer to every miss: unknown number, wrong check, nothing keyed. */
    static final String NOT_FOUND = "openhall/not-found";
    static final String PROMISED_BY = "openhall/promised-by";
    static final String TRANSFER = "openhall/transfer-to-agent";
    static final String GOODBYE = "openhall/goodbye";

    private IvrPrompts() {
    }

    /** 办件状态: e.g. {@code openhall/status-accepted}. */
    static String statusOf(CaseStatus status) {
        return "openhall/status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** What the applicant does or waits for next (下一步). */
    static String nextStepOf(CaseStatus status) {
        return switch (status) {
            case SUBMITTED -> "openhall/next-await-acceptance";
            case SUPPLEMENT_REQUESTED -> "openhall/next-supply-materials";
            case ACCEPTED -> "openhall/next-in-progress";
            case REFUSED -> "openhall/next-collect-decision";
            case COMPLETED -> "openhall/next-collect-result";
            case WITHDRAWN -> "openhall/next-none";
        };
    }
}
