package org.openhall.catalog.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openhall.catalog.domain.ApplicantType;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.MaterialForm;
import org.openhall.catalog.domain.MaterialRequirement;
import org.openhall.shared.domain.access.AdministrativeLevel;

/**
 * One version of an item with every element (事项版本), or a draft.
 *
 * @param version                   {@code null} for a draft, numbered when published
 * @param validFrom                 first day in force; {@code null} for a draft
 * @param validTo                   last day in force; {@code null} while open-ended
 * @param statusReason              why it was suspended or abolished
 * @param department                the competent department's code (主管部门)
 * @param implementingBody          实施主体
 * @param legalBasis                the principal legal basis as cited (设定依据), the first of {@code legalBases}
 * @param statutoryLimitWorkingDays 法定办结时限
 * @param promisedLimitWorkingDays  承诺办结时限
 * @param free                      不收费
 * @param decidedAtWindow           the window decides (窗口办结)
 * @param maxVisits                 到办事现场次数
 */
public record ItemVersionResponse(String code, Integer version, ItemStatus status, LocalDate validFrom,
        LocalDate validTo, String statusReason, String nationalCode, String name, ItemKind kind,
        Set<ApplicantType> applicantTypes, String department, String implementingBody, AdministrativeLevel level,
        String legalBasis, List<LegalBasisResponse> legalBases, List<String> conditions, List<MaterialResponse> materials,
        List<String> approvalStandards, List<String> resultDocuments, List<StepResponse> procedure,
        int statutoryLimitWorkingDays, int promisedLimitWorkingDays, List<FeeResponse> fees, boolean free,
        Set<DeliveryMethod> deliveryMethods, boolean decidedAtWindow, List<String> stepsReturnedToDepartment,
        int maxVisits, boolean onlineAvailable, List<String> keywords) {

    /** 设定依据. */
    public record LegalBasisResponse(String law, String article, String citation) {
    }

    /**
     * 申请材料.
     *
     * @param condition          the situation a conditional material is needed in
     * @param supplyLaterAllowed may be handed in after acceptance (容缺受理)
     * @param mandatory          every application is incomplete without it
     */
    public record MaterialResponse(String code, String name, boolean original, int copies,
            MaterialRequirement requirement, String condition, MaterialForm form, boolean supplyLaterAllowed,
            String sampleFormRef, boolean mandatory) {
    }

    /**
     * 办理环节.
     *
     * @param special its time is not counted in the limit (特别程序)
     */
    public record StepResponse(String name, String handlerRole, int limitWorkingDays, boolean special) {
    }

    /** 收费项目, in yuan. */
    public record FeeResponse(String name, BigDecimal amountYuan, String basis) {
    }
}
