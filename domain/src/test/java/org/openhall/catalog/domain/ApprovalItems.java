package org.openhall.catalog.domain;

import java.util.List;

import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.time.TimeLimit;

/** Test items modelled on the demo pack (reused by other modules' tests through the test-jar). */
public final class ApprovalItems {

    private ApprovalItems() {
    }

    /** 食品经营许可: statutory 20, promised 10 working days; four mandatory materials and one optional. */
    public static ApprovalItem foodBusinessLicence() {
        return ApprovalItem.register(new ApprovalItemCode("SCJG-001"), "食品经营许可", ItemKind.ADMINISTRATIVE_LICENCE,
                new DepartmentCode("SCJG"), new LegalBasis("《中华人民共和国食品安全法》", "第三十五条"),
                TimeLimit.workingDays(20), TimeLimit.workingDays(10),
                List.of(new RequiredMaterial("APP", "食品经营许可申请书", true, 1, true),
                        new RequiredMaterial("LICENCE", "营业执照复印件", false, 1, true),
                        new RequiredMaterial("LAYOUT", "经营场所平面布局图", true, 1, true),
                        new RequiredMaterial("RULES", "食品安全管理制度文本", true, 1, true),
                        new RequiredMaterial("PROXY", "委托书", true, 1, false)));
    }
}
