package org.openhall.catalog.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openhall.catalog.application.port.in.ItemVersionView.FeeLine;
import org.openhall.catalog.application.port.in.ItemVersionView.LegalBasisLine;
import org.openhall.catalog.application.port.in.ItemVersionView.MaterialLine;
import org.openhall.catalog.application.port.in.ItemVersionView.StepLine;
import org.openhall.catalog.domain.ApplicantType;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.shared.domain.access.AdministrativeLevel;

/**
 * The service guide of an item (办事指南) arranged by the eight public elements (八公开) a centre
 * publishes for every item — the contents the Administrative Licensing Law (Art. 30) requires to be
 * displayed, with the result and its fees:
 * 一、事项名称 ({@link #item}), 二、设定依据 ({@link #legalBases}), 三、受理条件 ({@link #conditions}),
 * 四、申请材料 ({@link #materials}), 五、办理流程 ({@link #procedure}), 六、办理时限
 * ({@link #timeLimits}), 七、收费标准 ({@link #fees}), 八、办理结果 ({@link #result}).
 *
 * @param acceptingApplications whether applications are received today (false while suspended or abolished)
 */
public record ServiceGuideView(String code, int version, ItemStatus status, LocalDate validFrom, LocalDate validTo,
        String statusReason, boolean acceptingApplications, Item item, List<LegalBasisLine> legalBases,
        Conditions conditions, List<MaterialLine> materials, Procedure procedure, TimeLimits timeLimits, Fees fees,
        Result result) {

    /** 一、事项名称: what the item is and who handles it. */
    public record Item(String name, String code, String nationalCode, ItemKind kind, Set<ApplicantType> applicantTypes,
            String department, String implementingBody, AdministrativeLevel level) {
    }

    /** 三、受理条件: who may apply, and what the decision checks (审批标准). */
    public record Conditions(List<String> conditions, List<String> approvalStandards) {
    }

    /**
     * 五、办理流程: the steps, what the window decides, how often the applicant comes in person, and
     * whether it can be done online.
     */
    public record Procedure(List<StepLine> steps, boolean decidedAtWindow, List<String> stepsReturnedToDepartment,
            int maxVisits, boolean onlineAvailable) {
    }

    /**
     * 六、办理时限: statutory and promised, in working days; special steps are not counted.
     *
     * @param specialSteps the names of the steps whose time is not counted
     */
    public record TimeLimits(int statutoryWorkingDays, int promisedWorkingDays, List<String> specialSteps) {
    }

    /** 七、收费标准: free, or each fee with its basis. */
    public record Fees(boolean free, List<FeeLine> items) {
    }

    /** 八、办理结果: the documents issued and how they reach the applicant. */
    public record Result(List<String> documents, Set<DeliveryMethod> deliveryMethods) {
    }

    public static ServiceGuideView of(ApprovalItem version, boolean acceptingApplications) {
        ItemContent c = version.content();
        return new ServiceGuideView(version.code().value(), version.version(), version.status(),
                version.validity().from(), version.validity().to(), version.statusReason().orElse(null),
                acceptingApplications,
                new Item(c.name(), version.code().value(), c.nationalCode(), c.kind(), c.applicantTypes(),
                        c.department().value(), c.implementingBody(), c.level()),
                c.legalBases().stream().map(LegalBasisLine::of).toList(),
                new Conditions(c.conditions(), c.approvalStandards()),
                c.materials().stream().map(MaterialLine::of).toList(),
                new Procedure(c.procedure().stream().map(StepLine::of).toList(), c.windowAuthority().decidedAtWindow(),
                        c.windowAuthority().stepsReturnedToDepartment(), c.maxVisits(), c.onlineAvailable()),
                new TimeLimits(c.statutoryLimitWorkingDays(), c.promisedLimitWorkingDays(),
                        c.procedure().stream().filter(s -> s.special()).map(s -> s.name()).toList()),
                new Fees(c.free(), c.fees().stream().map(FeeLine::of).toList()),
                new Result(c.resultDocuments(), c.deliveryMethods()));
    }
}
