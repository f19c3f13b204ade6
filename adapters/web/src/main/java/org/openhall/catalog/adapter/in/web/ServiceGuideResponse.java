package org.openhall.catalog.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openhall.catalog.adapter.in.web.ItemVersionResponse.FeeResponse;
import org.openhall.catalog.adapter.in.web.ItemVersionResponse.LegalBasisResponse;
import org.openhall.catalog.adapter.in.web.ItemVersionResponse.MaterialResponse;
import org.openhall.catalog.adapter.in.web.ItemVersionResponse.StepResponse;
import org.openhall.catalog.domain.ApplicantType;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.shared.domain.access.AdministrativeLevel;

/**
 * An item's service guide (办事指南) by the eight public elements (八公开): item, legal basis,
 * conditions, materials, procedure, time limits, fees, result.
 *
 * @param acceptingApplications false while the item is suspended or abolished
 */
public record ServiceGuideResponse(String code, int version, ItemStatus status, LocalDate validFrom,
        LocalDate validTo, String statusReason, boolean acceptingApplications, Item item,
        List<LegalBasisResponse> legalBases, Conditions conditions, List<MaterialResponse> materials,
        Procedure procedure, TimeLimits timeLimits, Fees fees, Result result) {

    /** 一、事项名称. */
    public record Item(String name, String code, String nationalCode, ItemKind kind,
            Set<ApplicantType> applicantTypes, String department, String implementingBody,
            AdministrativeLevel level) {
    }

    /** 三、受理条件 and 审批标准. */
    public record Conditions(List<String> conditions, List<String> approvalStandards) {
    }

    /** 五、办理流程. */
    public record Procedure(List<StepResponse> steps, boolean decidedAtWindow,
            List<String> stepsReturnedToDepartment, int maxVisits, boolean onlineAvailable) {
    }

    /** 六、办理时限, in working days; special steps are not counted. */
    public record TimeLimits(int statutoryWorkingDays, int promisedWorkingDays, List<String> specialSteps) {
    }

    /** 七、收费标准. */
    public record Fees(boolean free, List<FeeResponse> items) {
    }

    /** 八、办理结果. */
    public record Result(List<String> documents, Set<DeliveryMethod> deliveryMethods) {
    }
}
