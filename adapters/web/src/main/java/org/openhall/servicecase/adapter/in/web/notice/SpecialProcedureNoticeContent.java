package org.openhall.servicecase.adapter.in.web.notice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a special-procedure notice (特别程序告知书) tells: which procedure the decision needs — a
 * hearing, tender, auction, testing, inspection, quarantine, appraisal or expert review — and the
 * time it needs, which is not counted in the limit (Administrative Licensing Law Art. 45).
 *
 * @param procedure   e.g. 专家评审 or 现场核查及检测
 * @param noticeReference the written notice's reference (告知书文号), or {@code null}
 * @param startsOn    the first day of the procedure
 * @param expectedEnd the day it is expected to end, or ended: the time told to the applicant in
 *                    writing; {@code null} while a procedure with no announced end runs
 * @param reason      why the decision needs it
 */
public record SpecialProcedureNoticeContent(LocalDate notifiedOn, String procedure, String noticeReference,
        LocalDate startsOn, LocalDate expectedEnd, String reason) {

    public SpecialProcedureNoticeContent {
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        Objects.requireNonNull(startsOn, "startsOn");
        if (procedure == null || procedure.isBlank()) {
            throw new IllegalArgumentException("procedure must not be blank");
        }
        if (expectedEnd != null && expectedEnd.isBefore(startsOn)) {
            throw new IllegalArgumentException("the procedure cannot end before it starts");
        }
    }

    /** A notice without a reference number, for a procedure with a known end. */
    public SpecialProcedureNoticeContent(LocalDate notifiedOn, String procedure, LocalDate startsOn,
            LocalDate expectedEnd, String reason) {
        this(notifiedOn, procedure, null, startsOn, Objects.requireNonNull(expectedEnd, "expectedEnd"), reason);
    }
}
