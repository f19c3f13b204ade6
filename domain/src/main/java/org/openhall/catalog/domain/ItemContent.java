package org.openhall.catalog.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.LimitUnit;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * Everything the catalog says about an item in one version (事项要素): the elements of its service
 * guide (办事指南). Two versions with equal content differ only in their dates and status.
 *
 * <p>Invariants, each with its reason:
 * <ul>
 * <li>at least one legal basis: an item exists only because a law or regulation establishes it
 * (Administrative Licensing Law Art. 14–15; the basis is published, Art. 30);</li>
 * <li>both limits in working days (Art. 82), the promised limit (承诺时限) never longer than the
 * statutory one (法定时限), and the ordinary steps of the procedure together within the statutory
 * limit — special steps (Art. 45) are not counted;</li>
 * <li>material codes unique within the item, since clerks tick materials off by code;</li>
 * <li>steps returned to the department are steps of the procedure, when one is given;</li>
 * <li>an item that needs no visit at all (零跑动) can be applied for online;</li>
 * <li>at least one applicant type and one way of delivering the result.</li>
 * </ul>
 * Lists keep their order (the guide shows them in that order); texts are stripped, blank list
 * entries are refused, and duplicate keywords are dropped.
 *
 * @param nationalCode       the code in the national basic catalog (国家基本目录编码), or {@code null}
 * @param name               事项名称
 * @param kind               事项类型
 * @param applicantTypes     服务对象
 * @param department         the competent department (主管部门)
 * @param implementingBody   the body that handles it (实施主体), e.g. a department's bureau or a township
 * @param level              the level at which it is handled (行使层级)
 * @param legalBases         设定依据, at least one
 * @param conditions         受理条件
 * @param materials          申请材料
 * @param approvalStandards  审批标准: what the decision checks
 * @param resultDocuments    审批结果: the licence or document issued (审批结果名称)
 * @param procedure          办理流程, in order
 * @param statutoryLimit     法定办结时限
 * @param promisedLimit      承诺办结时限
 * @param fees               收费项目; empty when free (不收费)
 * @param deliveryMethods    送达方式
 * @param windowAuthority    窗口授权
 * @param maxVisits          到办事现场次数: how often at most the applicant must come in person
 * @param onlineAvailable    whether it can be applied for online (网上可办)
 * @param keywords           extra words people search for it by (检索关键词)
 */
@ValueObject
public record ItemContent(String nationalCode, String name, ItemKind kind, Set<ApplicantType> applicantTypes,
        DepartmentCode department, String implementingBody, AdministrativeLevel level, List<LegalBasis> legalBases,
        List<String> conditions, List<RequiredMaterial> materials, List<String> approvalStandards,
        List<String> resultDocuments, List<ProcedureStep> procedure, TimeLimit statutoryLimit,
        TimeLimit promisedLimit, List<FeeItem> fees, Set<DeliveryMethod> deliveryMethods,
        WindowAuthority windowAuthority, int maxVisits, boolean onlineAvailable, List<String> keywords) {

    private static final int MAX_TEXT = 2000;

    public ItemContent {
        nationalCode = optionalText("item.nationalCode", nationalCode, 64);
        name = requiredText("item.name", name, 200);
        require("item.kind", kind);
        applicantTypes = enumSet("item.applicantTypes", applicantTypes);
        require("item.department", department);
        implementingBody = requiredText("item.implementingBody", implementingBody, 200);
        require("item.level", level);
        legalBases = list("item.legalBases", legalBases, Function.identity());
        if (legalBases.isEmpty()) {
            throw new InvalidValue("item.legalBases", "must name at least one law or regulation");
        }
        conditions = texts("item.conditions", conditions);
        materials = list("item.materials", materials, Function.identity());
        approvalStandards = texts("item.approvalStandards", approvalStandards);
        resultDocuments = texts("item.resultDocuments", resultDocuments);
        procedure = list("item.procedure", procedure, Function.identity());
        requireWorkingDays("item.statutoryLimit", statutoryLimit);
        requireWorkingDays("item.promisedLimit", promisedLimit);
        fees = list("item.fees", fees, Function.identity());
        deliveryMethods = enumSet("item.deliveryMethods", deliveryMethods);
        require("item.windowAuthority", windowAuthority);
        keywords = List.copyOf(new LinkedHashSet<>(texts("item.keywords", keywords)));

        if (promisedLimit.amount() > statutoryLimit.amount()) {
            throw new InvalidValue("item.promisedLimit", "must not exceed the statutory limit of "
                    + statutoryLimit.amount() + " working days");
        }
        int ordinaryStepDays = procedure.stream().filter(s -> !s.special()).mapToInt(ProcedureStep::limitWorkingDays)
                .sum();
        if (ordinaryStepDays > statutoryLimit.amount()) {
            throw new InvalidValue("item.procedure", "the steps that count take " + ordinaryStepDays
                    + " working days, more than the statutory limit of " + statutoryLimit.amount());
        }
        Set<String> seen = new LinkedHashSet<>();
        for (RequiredMaterial m : materials) {
            if (!seen.add(m.code())) {
                throw new InvalidValue("item.materials", "material code " + m.code() + " appears twice");
            }
        }
        if (!procedure.isEmpty()) {
            Set<String> stepNames = new LinkedHashSet<>();
            procedure.forEach(s -> stepNames.add(s.name()));
            for (String returned : windowAuthority.stepsReturnedToDepartment()) {
                if (!stepNames.contains(returned)) {
                    throw new InvalidValue("item.windowAuthority", "step " + returned + " is not a step of the"
                            + " procedure");
                }
            }
        }
        if (maxVisits < 0) {
            throw new InvalidValue("item.maxVisits", "must not be negative");
        }
        if (maxVisits == 0 && !onlineAvailable) {
            throw new InvalidValue("item.maxVisits", "an item that needs no visit must be available online");
        }
    }

    /** The statutory limit's working days. */
    public int statutoryLimitWorkingDays() {
        return statutoryLimit.amount();
    }

    /** The promised limit's working days. */
    public int promisedLimitWorkingDays() {
        return promisedLimit.amount();
    }

    /** Whether the item costs nothing (不收费). */
    public boolean free() {
        return fees.isEmpty();
    }

    /**
     * The names of the elements in which {@code other} differs from this content, in the order of
     * the guide: what a catalog diff reports as amended.
     */
    public List<String> changedElements(ItemContent other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "nationalCode", other, ItemContent::nationalCode);
        compare(changed, "name", other, ItemContent::name);
        compare(changed, "kind", other, ItemContent::kind);
        compare(changed, "applicantTypes", other, ItemContent::applicantTypes);
        compare(changed, "department", other, ItemContent::department);
        compare(changed, "implementingBody", other, ItemContent::implementingBody);
        compare(changed, "level", other, ItemContent::level);
        compare(changed, "legalBases", other, ItemContent::legalBases);
        compare(changed, "conditions", other, ItemContent::conditions);
        compare(changed, "materials", other, ItemContent::materials);
        compare(changed, "approvalStandards", other, ItemContent::approvalStandards);
        compare(changed, "resultDocuments", other, ItemContent::resultDocuments);
        compare(changed, "procedure", other, ItemContent::procedure);
        compare(changed, "statutoryLimit", other, ItemContent::statutoryLimit);
        compare(changed, "promisedLimit", other, ItemContent::promisedLimit);
        compare(changed, "fees", other, ItemContent::fees);
        compare(changed, "deliveryMethods", other, ItemContent::deliveryMethods);
        compare(changed, "windowAuthority", other, ItemContent::windowAuthority);
        compare(changed, "maxVisits", other, ItemContent::maxVisits);
        compare(changed, "onlineAvailable", other, ItemContent::onlineAvailable);
        compare(changed, "keywords", other, ItemContent::keywords);
        return List.copyOf(changed);
    }

    private void compare(List<String> changed, String element, ItemContent other, Function<ItemContent, ?> read) {
        if (!Objects.equals(read.apply(this), read.apply(other))) {
            changed.add(element);
        }
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidValue(field, "must not be empty");
        }
    }

    private static void requireWorkingDays(String field, TimeLimit limit) {
        if (limit == null || limit.unit() != LimitUnit.WORKING_DAYS) {
            throw new InvalidValue(field, "must be given in working days");
        }
    }

    private static String requiredText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue(field, "must not be blank");
        }
        return limited(field, text.strip(), max);
    }

    private static String optionalText(String field, String text, int max) {
        return text == null || text.isBlank() ? null : limited(field, text.strip(), max);
    }

    private static String limited(String field, String text, int max) {
        if (text.length() > max) {
            throw new InvalidValue(field, "must not be longer than " + max + " characters");
        }
        return text;
    }

    private static List<String> texts(String field, List<String> texts) {
        return list(field, texts, t -> requiredText(field, t, MAX_TEXT));
    }

    private static <T> List<T> list(String field, Collection<T> values, Function<T, T> check) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw new InvalidValue(field, "must not hold empty entries");
            }
            copy.add(check.apply(value));
        }
        return List.copyOf(copy);
    }

    private static <E extends Enum<E>> Set<E> enumSet(String field, Set<E> values) {
        if (values == null || values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue(field, "must hold at least one value");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
