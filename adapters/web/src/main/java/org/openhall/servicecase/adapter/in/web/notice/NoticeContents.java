package org.openhall.servicecase.adapter.in.web.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.NoticeNotAvailable;
import org.openhall.servicecase.domain.CaseExtension;
import org.openhall.servicecase.domain.CasePause;
import org.openhall.servicecase.domain.Refusal;
import org.openhall.servicecase.domain.SpecialProcedure;
import org.openhall.shared.domain.time.DayVerdict;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.openhall.shared.domain.time.ExplainedDay;

/**
 * The facts the refusal, special-procedure and extension notices print, taken from what the case
 * recorded. A case without the fact has no such notice ({@code case.notice-not-available}).
 */
final class NoticeContents {

    private NoticeContents() {
    }

    static RefusalNoticeContent refusal(CaseView c) {
        Refusal r = Optional.ofNullable(c.refusal()).orElseThrow(() -> notAvailable(c, NoticeKind.REFUSAL));
        return new RefusalNoticeContent(r.refusedOn(), r.legalBasis(), r.reason());
    }

    /**
     * The notice of one special procedure: {@code position} counts the case's pauses from 1 (oldest);
     * without it, the latest. The procedure's end is the day it ended, or open while it runs.
     */
    static SpecialProcedureNoticeContent specialProcedure(CaseView c, Optional<Integer> position) {
        List<CasePause> pauses = c.pauses();
        if (pauses.isEmpty() || position.filter(p -> p < 1 || p > pauses.size()).isPresent()) {
            throw notAvailable(c, NoticeKind.SPECIAL_PROCEDURE);
        }
        CasePause pause = pauses.get(position.orElse(pauses.size()) - 1);
        return new SpecialProcedureNoticeContent(pause.noticedOn(), nameOf(pause.procedure()),
                pause.noticeReference(), pause.from(), pause.to(), null);
    }

    /**
     * The extension as granted, with the due dates before and after it. The earlier due date is
     * read from the explanation of the deadline: the day that closes the limit as set, before the
     * extension's days are counted on top.
     */
    static ExtensionNoticeContent extension(CaseView c, DeadlineExplanation statutory,
            Optional<DeadlineExplanation> promised) {
        CaseExtension e = Optional.ofNullable(c.extension()).orElseThrow(() -> notAvailable(c, NoticeKind.EXTENSION));
        return new ExtensionNoticeContent(e.applicantToldOn(), e.workingDays(), dueWithoutExtension(statutory),
                statutory.deadline().dueDate(), e.reason(), e.approvedBy(),
                promised.map(NoticeContents::dueWithoutExtension).orElse(null),
                promised.map(p -> p.deadline().dueDate()).orElse(null));
    }

    private static LocalDate dueWithoutExtension(DeadlineExplanation explanation) {
        int limit = explanation.limit().amount();
        int counted = 0;
        for (ExplainedDay day : explanation.days()) {
            if (day.verdict() == DayVerdict.COUNTED && ++counted == limit) {
                return day.date();
            }
        }
        return explanation.day0();
    }

    /** The procedure in the words of Art. 45. */
    static String nameOf(SpecialProcedure procedure) {
        return switch (procedure) {
            case HEARING -> "听证";
            case EXPERT_REVIEW -> "专家评审";
            case INSPECTION -> "现场核查";
            case TESTING -> "检验、检测";
            case QUARANTINE -> "检疫";
            case APPRAISAL -> "鉴定";
            case TENDER -> "招标";
            case AUCTION -> "拍卖";
            case PUBLIC_NOTICE -> "公示";
        };
    }

    private static NoticeNotAvailable notAvailable(CaseView c, NoticeKind kind) {
        return new NoticeNotAvailable(c.id(), kind.slug());
    }
}
