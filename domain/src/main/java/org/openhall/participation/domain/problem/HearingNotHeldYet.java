package org.openhall.participation.domain.problem;

import java.time.LocalDate;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The minutes (听证笔录) record a hearing that took place: not before its day. */
public final class HearingNotHeldYet extends DomainProblem {

    public HearingNotHeldYet(LocalDate heldOn) {
        super("participation.hearing-not-held-yet", ProblemKind.CONFLICT,
                "The hearing takes place on " + heldOn, Map.of("heldOn", heldOn));
    }
}
