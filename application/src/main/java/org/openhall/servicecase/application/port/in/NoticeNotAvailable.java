package org.openhall.servicecase.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * The case has no notice of this kind (yet): e.g. no acceptance notice (受理通知书) before the case
 * is accepted, no one-time notice (一次性告知书) when none was issued.
 *
 * See docs/case-notices.md for the kinds of notice and when each exists.
 */
public final class NoticeNotAvailable extends DomainProblem {

    public NoticeNotAvailable(String caseId, String kind) {
        super("case.notice-not-available", ProblemKind.NOT_FOUND,
                "Case " + caseId + " has no " + kind + " notice", Map.of("caseId", caseId, "kind", kind));
    }
}
