package org.openhall.catalog.domain;

import java.util.List;
import java.util.Set;

import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.money.Money;
import org.openhall.shared.domain.time.TimeLimit;

/** Test items modelled on the demo pack (reused by other modules' tests through the test-jar). */
public final class ApprovalItems {

    public static final ApprovalItemCode FOOD_BUSINESS_LICENCE = new ApprovalItemCode("SCJG-001");
    public static final DepartmentCode MARKET_REGULATION = new DepartmentCode("SCJG");

    private ApprovalItems() {
    }

    /** 食品经营许可: statutory 20, promised 10 working days; four mandatory materials and one optional. */
    public static ApprovalItem foodBusinessLicence() {
        return ApprovalItem.register(FOOD_BUSINESS_LICENCE, "食品经营许可", ItemKind.ADMINISTRATIVE_LICENCE,
                MARKET_REGULATION, new LegalBasis("《中华人民共和国食品安全法》", "第三十五条"),
                TimeLimit.workingDays(20), TimeLimit.workingDays(10),
                List.of(new RequiredMaterial("APP", "食品经营许可申请书", true, 1, true),
                        new RequiredMaterial("LICENCE", "营业执照复印件", false, 1, true),
                        new RequiredMaterial("LAYOUT", "经营场所平面布局图", true, 1, true),
                        new RequiredMaterial("RULES", "食品安全管理制度文本", true, 1, true),
                        new RequiredMaterial("PROXY", "委托书", true, 1, false)));
    }

    /**
     * The full content of 食品经营许可 with every element of the guide: two legal bases, a
     * conditional material that may be supplied later, a special step (现场核查), a fee-free
     * licence delivered by pickup or post, one step returned to the department.
     */
    public static ItemContent foodBusinessLicenceContent() {
        return new ItemContent("11450000MB1234567X-00001", "食品经营许可", ItemKind.ADMINISTRATIVE_LICENCE,
                Set.of(ApplicantType.NATURAL_PERSON, ApplicantType.LEGAL_PERSON), MARKET_REGULATION,
                "合山市市场监督管理局", AdministrativeLevel.CITY,
                List.of(new LegalBasis("《中华人民共和国食品安全法》", "第三十五条"),
                        new LegalBasis("《食品经营许可和备案管理办法》", "第六条")),
                List.of("已取得营业执照或其他主体资格证明", "具有与经营的食品品种、数量相适应的经营场所"),
                materials(),
                List.of("经营场所与食品品种、数量相适应", "食品安全管理制度健全"),
                List.of("食品经营许可证"),
                List.of(new ProcedureStep("受理", "窗口工作人员", 1, false),
                        new ProcedureStep("审查", "食品经营许可科", 7, false),
                        new ProcedureStep("现场核查", "核查人员", 10, true),
                        new ProcedureStep("决定", "分管负责人", 2, false)),
                TimeLimit.workingDays(20), TimeLimit.workingDays(10), List.of(),
                Set.of(DeliveryMethod.PICKUP, DeliveryMethod.MAIL), WindowAuthority.returning(List.of("现场核查")), 1,
                true, List.of("餐饮", "小卖部", "食品"));
    }

    /** The materials of {@link #foodBusinessLicenceContent()}. */
    public static List<RequiredMaterial> materials() {
        return List.of(
                new RequiredMaterial("APP", "食品经营许可申请书", true, 1, MaterialRequirement.REQUIRED, null,
                        MaterialForm.PAPER_OR_ELECTRONIC, false, "示范文本见窗口及网上办事大厅"),
                new RequiredMaterial("LAYOUT", "经营场所平面布局图", true, 1, MaterialRequirement.REQUIRED, null,
                        MaterialForm.PAPER, true, null),
                new RequiredMaterial("PROXY", "委托书及受托人身份证明", true, 1, MaterialRequirement.CONDITIONAL,
                        "委托他人办理时", MaterialForm.PAPER, false, null));
    }

    /** A fee for tests of priced items: 工本费 ¥10.00 on a price bureau's notice. */
    public static FeeItem certificateFee() {
        return new FeeItem("工本费", Money.yuan("10.00"), "桂价费〔2020〕12号");
    }
}
