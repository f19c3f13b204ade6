package org.openhall.servicecase.adapter.in.web.notice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an extension notice (延期告知书) tells: the limit is extended by {@code extraWorkingDays}
 * with the agency head's approval, and why (Administrative Licensing Law Art. 42 para. 1: 20
 * working days, +10; 45 +15 for joint handling). The caps are checked where the extension is
 * granted, not here.
 *
 * @param previousDue the statutory due date before the extension
 * @param newDue      the statutory due date after it
 * @param approvedBy  the approving head's office, e.g. 本机关负责人
 * @param previousPromisedDue the promised (承诺) due date before the extension, or {@code null}
 * @param newPromisedDue      the promised due date after it, or {@code null}: an extension
 *                            lengthens the promise by the same days
 */
public record ExtensionNoticeContent(LocalDate decidedOn, int extraWorkingDays, LocalDate previousDue,
        LocalDate newDue, String reason, String approvedBy, LocalDate previousPromisedDue,
        LocalDate newPromisedDue) {

    /** A notice of the statutory limit only. */
    public ExtensionNoticeContent(LocalDate decidedOn, int extraWorkingDays, LocalDate previousDue, LocalDate newDue,
            String reason, String approvedBy) {
        this(decidedOn, extraWorkingDays, previousDue, newDue, reason, approvedBy, null, null);
    }

    public ExtensionNoticeContent {
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(previousDue, "previousDue");
        Objects.requireNonNull(newDue, "newDue");
        if (extraWorkingDays < 1) {
            throw new IllegalArgumentException("an extension adds at least one working day");
        }
        if (!newDue.isAfter(previousDue)) {
            throw new IllegalArgumentException("an extension moves the due date later");
        }
        // Art. 42: the reasons for the extension must be told to the applicant.
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
