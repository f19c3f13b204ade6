package org.openhall.servicecase.application.port.in;

import java.time.LocalDate;

import org.openhall.servicecase.domain.SpecialProcedure;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 特别程序: stop both clocks for a special procedure, the applicant told by the written notice {@code noticeReference} on {@code noticedOn} (Art. 45). */
public record PauseCaseCommand(Actor actor, ServiceCaseId caseId, SpecialProcedure procedure, String noticeReference, LocalDate noticedOn) {
}
