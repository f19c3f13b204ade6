package org.openhall.servicecase.domain.consultation;

import java.time.Instant;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * Everything a consultation holds, for storing and rebuilding it.
 *
 * @param itemCode       the item asked about, or {@code null}
 * @param department     the department responsible now: the first-contact clerk's, or the one referred to
 * @param originDepartment the first-contact clerk's department
 * @param responsibleClerk who answers for it (首问负责): the first-contact clerk until a referral is
 *        acknowledged, then the acknowledging clerk; once closed, whoever was responsible last
 * @param answer         {@code null} unless answered
 * @param caseId         {@code null} unless it became an application
 * @param referral       {@code null} unless referred
 */
public record ConsultationSnapshot(ConsultationId id, ConsultationChannel channel, Enquirer enquirer, String question,
        ApprovalItemCode itemCode, DepartmentCode department, DepartmentCode originDepartment,
        String firstContactClerk, String responsibleClerk, ConsultationState state, Instant recordedAt, String answer,
        String answeredBy, Instant closedAt, String caseId, String caseNumber, Referral referral, int transitionCount,
        long version) {
}
