package org.openhall.catalog.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import org.openhall.catalog.application.port.in.ItemVersionView.MaterialLine;
import org.openhall.catalog.application.port.in.ServiceGuideView;
import org.openhall.catalog.domain.MaterialRequirement;

/**
 * What the printable service guide (办事指南) shows, with every constant already in Chinese: the
 * template only places texts, and escapes each of them.
 *
 * @param notice why no applications are received, or {@code null} while they are
 */
public record ServiceGuidePage(String name, String code, int version, String status, LocalDate validFrom, String notice,
        List<Row> item, List<String> legalBases, List<String> conditions, List<String> approvalStandards,
        List<Material> materials, List<Step> steps, List<Row> procedure, List<Row> timeLimits, boolean free,
        List<Fee> fees, List<Row> result) {

    /** A labelled line of a section. */
    public record Row(String label, String value) {
    }

    /** One material line: requirement with its situation, original or copy, copies, form, 容缺. */
    public record Material(String name, String requirement, String originalOrCopy, int copies, String form,
            String supplyLater, String sampleForm) {
    }

    /** One step: name, who, how many working days, and whether its time is counted. */
    public record Step(String name, String handlerRole, String limit, String counted) {
    }

    /** One fee: what, how much, on which basis. */
    public record Fee(String name, String amount, String basis) {
    }

    static ServiceGuidePage of(ServiceGuideView g) {
        String notice = g.acceptingApplications() ? null
                : "本事项" + ChineseLabels.of(g.status()) + "，暂不受理新的申请"
                        + (g.statusReason() == null ? "。" : "（" + g.statusReason() + "）。");
        List<Row> item = List.of(new Row("事项名称", g.item().name()), new Row("事项编码", g.item().code()),
                new Row("国家基本目录编码", orDash(g.item().nationalCode())),
                new Row("事项类型", ChineseLabels.of(g.item().kind())),
                new Row("服务对象", ChineseLabels.applicantTypes(g.item().applicantTypes())),
                new Row("主管部门", g.item().department()), new Row("实施主体", g.item().implementingBody()),
                new Row("行使层级", ChineseLabels.of(g.item().level())));
        List<Row> procedure = List.of(
                new Row("窗口授权", g.procedure().decidedAtWindow() ? "窗口受理并办结"
                        : "窗口受理，以下环节回部门办理：" + ChineseLabels.list(g.procedure().stepsReturnedToDepartment())),
                new Row("到办事现场次数", g.procedure().maxVisits() + " 次"),
                new Row("网上办理", g.procedure().onlineAvailable() ? "可网上办理" : "须到窗口办理"));
        List<Row> limits = List.of(new Row("法定办结时限", g.timeLimits().statutoryWorkingDays() + " 个工作日"),
                new Row("承诺办结时限", g.timeLimits().promisedWorkingDays() + " 个工作日"),
                new Row("不计入时限的特别程序", g.timeLimits().specialSteps().isEmpty() ? "无"
                        : ChineseLabels.list(g.timeLimits().specialSteps())));
        List<Row> result = List.of(new Row("审批结果", g.result().documents().isEmpty() ? "—"
                : ChineseLabels.list(g.result().documents())),
                new Row("送达方式", ChineseLabels.deliveryMethods(g.result().deliveryMethods())));
        return new ServiceGuidePage(g.item().name(), g.code(), g.version(), ChineseLabels.of(g.status()),
                g.validFrom(), notice, item, g.legalBases().stream().map(b -> b.citation()).toList(),
                g.conditions().conditions(), g.conditions().approvalStandards(),
                g.materials().stream().map(ServiceGuidePage::material).toList(),
                g.procedure().steps().stream().map(s -> new Step(s.name(), s.handlerRole(),
                        s.limitWorkingDays() + " 个工作日", s.special() ? "特别程序，不计入办理时限" : "计入")).toList(),
                procedure, limits, g.fees().free(),
                g.fees().items().stream().map(f -> new Fee(f.name(), f.amountYuan().toPlainString() + " 元", f.basis()))
                        .toList(),
                result);
    }

    private static Material material(MaterialLine m) {
        String requirement = ChineseLabels.of(m.requirement())
                + (m.requirement() == MaterialRequirement.CONDITIONAL ? "（" + m.condition() + "）" : "");
        return new Material(m.name(), requirement, m.original() ? "原件" : "复印件", m.copies(), ChineseLabels.of(m.form()),
                m.supplyLaterAllowed() ? "可容缺后补" : "—", orDash(m.sampleFormRef()));
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
