package org.openhall.servicecase.application.port.out;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApplicantType;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItemVersionId;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.FeeItem;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.MaterialForm;
import org.openhall.catalog.domain.MaterialRequirement;
import org.openhall.catalog.domain.ProcedureStep;
import org.openhall.catalog.domain.WindowAuthority;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.money.Money;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * Cases as a window in Heshan would receive them, for tests of anything that stores or lists
 * cases. Identity numbers carry a valid GB 11643 check character.
 */
public final class ServiceCaseFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final WorkingDayCalendar CALENDAR = NationalCalendars.china2025to2026();
    public static final DepartmentCode PUBLIC_SECURITY = new DepartmentCode("HS-GA");
    public static final DepartmentCode MARKET_REGULATION = new DepartmentCode("HS-SJ");

    /** 居民身份证首次申领: form and photo are mandatory, the household register is optional. */
    public static final ApprovalItem ID_CARD = item("HS-GA-001", "居民身份证首次申领", PUBLIC_SECURITY);
    public static final ApprovalItem BUSINESS_LICENCE = item("HS-SJ-003", "个体工商户设立登记", MARKET_REGULATION);

    /**
     * 食品经营许可 with everything a case can walk: three steps (a window step, a department review
     * of 3 working days, a special site inspection of 4), a fee of ¥10.00, and a layout plan that
     * may be supplied later (容缺). Statutory 20, promised 10 working days.
     */
    public static final ApprovalItem FULL_ITEM = ApprovalItem.publish(
            new ApprovalItemVersionId(new ApprovalItemCode("HS-SJ-010"), 1),
            new ItemContent(null, "食品经营许可", ItemKind.ADMINISTRATIVE_LICENCE, Set.of(ApplicantType.NATURAL_PERSON),
                    MARKET_REGULATION, "合山市市场监督管理局", AdministrativeLevel.CITY,
                    List.of(new LegalBasis("《中华人民共和国食品安全法》", "第三十五条")), List.of(),
                    List.of(new RequiredMaterial("form", "申请书", true, 1, true),
                            new RequiredMaterial("layout", "平面布局图", true, 1, MaterialRequirement.REQUIRED, null,
                                    MaterialForm.PAPER, true, null),
                            new RequiredMaterial("hukou", "户口簿", true, 1, false)),
                    List.of(), List.of("食品经营许可证"),
                    List.of(new ProcedureStep("受理", "窗口受理人员", 1, false),
                            new ProcedureStep("审查", "审核人员", 3, false),
                            new ProcedureStep("现场核查", "核查人员", 4, true)),
                    TimeLimit.workingDays(20), TimeLimit.workingDays(10),
                    List.of(new FeeItem("工本费", Money.yuan("10.00"), "桂价费〔2020〕12号")),
                    Set.of(DeliveryMethod.PICKUP, DeliveryMethod.MAIL), WindowAuthority.atWindow(), 1, true, List.of()),
            ApprovalItem.SINCE_EVER);

    public static final Applicant ZHANG_SAN = new Applicant(new PersonName("张三"),
            new ResidentIdNumber("451381199003071235"), new PhoneNumber("13907720001"));
    public static final Applicant LI_SI = new Applicant(new PersonName("李四"),
            new ResidentIdNumber("451381198506122343"), new PhoneNumber("0772-5512345"));

    private ServiceCaseFixtures() {
    }

    private static ApprovalItem item(String code, String name, DepartmentCode department) {
        return ApprovalItem.register(new ApprovalItemCode(code), name, ItemKind.ADMINISTRATIVE_LICENCE, department,
                new LegalBasis("《中华人民共和国居民身份证法》", "第八条"), TimeLimit.workingDays(20),
                TimeLimit.workingDays(10), List.of(
                        new RequiredMaterial("form", "申请表", true, 1, true),
                        new RequiredMaterial("photo", "近期免冠照片", false, 2, true),
                        new RequiredMaterial("hukou", "户口簿", true, 1, false)));
    }

    /** An approver of the item's department. */
    public static Actor approverOf(DepartmentCode department) {
        return new Actor("approver." + department.value().toLowerCase(java.util.Locale.ROOT).replace("-", ""),
                Set.of(Role.DEPARTMENT_APPROVER), department, "审批人员");
    }

    /** A clerk of the item's department. */
    public static Actor clerkOf(DepartmentCode department) {
        return new Actor("clerk." + department.value().toLowerCase(java.util.Locale.ROOT).replace("-", ""),
                Set.of(Role.CLERK), department, "窗口人员");
    }

    /** The centre's clock standing still at {@code localTime} in Heshan. */
    public static Clock at(LocalDateTime localTime) {
        return Clock.fixed(localTime.atZone(ZONE).toInstant(), ZONE);
    }

    public static CaseNumber number(LocalDate day, int sequence) {
        return new CaseNumber(String.format("451381-%s-%05d", day.toString().replace("-", ""), sequence));
    }

    /** A case just received at {@code receivedAt}, with only the application form handed in. */
    public static ServiceCase received(ApprovalItem item, CaseNumber number, LocalDateTime receivedAt) {
        return received(item, number, receivedAt, Set.of("form"));
    }

    public static ServiceCase received(ApprovalItem item, CaseNumber number, LocalDateTime receivedAt,
            Set<String> materials) {
        return ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()), number, item, ZHANG_SAN, materials,
                clerkOf(item.department()), at(receivedAt));
    }

    /** Asks for every missing material of {@code item}, and for the form again as defective. */
    public static void requestSupplement(ServiceCase serviceCase, ApprovalItem item, LocalDateTime when) {
        serviceCase.requestSupplement(item, Map.of("form", "缺少申请人签名"), clerkOf(item.department()), CALENDAR,
                at(when));
    }

    public static void supplyAll(ServiceCase serviceCase, ApprovalItem item, LocalDateTime when) {
        serviceCase.supplyMaterials(item, Set.of("form", "photo"), clerkOf(item.department()), at(when));
    }

    public static void accept(ServiceCase serviceCase, ApprovalItem item, LocalDateTime when) {
        serviceCase.accept(item, clerkOf(item.department()), CALENDAR, at(when));
    }

    public static void complete(ServiceCase serviceCase, ApprovalItem item, LocalDateTime when) {
        serviceCase.complete(clerkOf(item.department()), "准予许可", CALENDAR, at(when));
    }

    /** {@code snapshot} as it would read with another version. */
    public static ServiceCaseSnapshot withVersion(ServiceCaseSnapshot s, long version) {
        return s.withVersion(version);
    }
}
