package org.openhall.bootstrap.countypack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog kept in a workbook ({@code items.xlsx}) imports like the same items written in YAML,
 * and its errors name sheet, row and column.
 */
class XlsxCatalogTest {

    @TempDir
    Path pack;

    /**
     * SCJG-001 (食品经营许可) and ZJJ-004 (城镇污水排入排水管网许可) as the Heshan items.yaml has them,
     * typed into the workbook with Chinese words for the fixed values.
     */
    private static CatalogWorkbook heshanItemsInAWorkbook() {
        return new CatalogWorkbook()
                .sheet("事项", CatalogWorkbook.ITEM_HEADER, List.of(
                        row("SCJG-001", null, "食品经营许可", "行政许可", "法人、自然人", "SCJG", "合山市市场监督管理局", "市级",
                                20, 10, "窗口领取、邮寄", "否", "现场核查", 1, "是",
                                "具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所\n"
                                        + "具有与经营的食品品种、数量相适应的经营设备或者设施\n"
                                        + "有专职或者兼职的食品安全管理人员和保证食品安全的规章制度\n"
                                        + "具有合理的设备布局和工艺流程",
                                "申请材料齐全、符合法定形式\n经营场所、设备设施、布局流程符合食品安全要求", "食品经营许可证",
                                "餐饮、饭店、小卖部、食品销售"),
                        row("ZJJ-004", null, "城镇污水排入排水管网许可", "ADMINISTRATIVE_LICENCE", "LEGAL_PERSON, NATURAL_PERSON",
                                "ZJJ", "合山市住房和城乡建设局", "CITY", 15, 10, "PICKUP;MAIL", false, "现场核查", 1, true,
                                "从事工业、建筑、餐饮、医疗等活动，向城镇排水设施排放污水\n排放的污水符合国家或者地方规定的排放标准",
                                "排放口设置、预处理设施和水质符合规定", "城镇污水排入排水管网许可证", "排水许可；排污；餐饮排水")))
                .sheet("设立依据", CatalogWorkbook.LEGAL_BASIS_HEADER, List.of(
                        row("SCJG-001", "《中华人民共和国食品安全法》", "第三十五条"),
                        row("SCJG-001", "《食品经营许可和备案管理办法》", null),
                        row("ZJJ-004", "《城镇排水与污水处理条例》", "第二十一条"),
                        row("ZJJ-004", "《城镇污水排入排水管网许可管理办法》", null)))
                .sheet("申请材料", CatalogWorkbook.MATERIAL_HEADER, List.of(
                        row("SCJG-001", "APP", "食品经营许可申请书", "是", 1, "必要"),
                        row("SCJG-001", "LICENCE", "营业执照复印件", "否", 1, "必要"),
                        row("SCJG-001", "LAYOUT", "经营场所平面布局图及主要设备设施清单", "是", null, null),
                        row("SCJG-001", "RULES", "食品安全管理制度文本", "是"),
                        row("SCJG-001", "PROXY", "委托书及受托人身份证明", "是", 1, "按情形", "委托他人办理时", "纸质"),
                        row("ZJJ-004", "APP", "污水排入排水管网许可申请表", "是"),
                        row("ZJJ-004", "LICENCE", "营业执照复印件", "否"),
                        row("ZJJ-004", "PLAN", "排水户内部排水管网、专用检测井、污水排放口位置图", "是"),
                        row("ZJJ-004", "TEST", "排放污水水质检测报告", "是", 1, "CONDITIONAL", "排放工业废水或者医疗污水时")))
                .sheet("办理流程", CatalogWorkbook.STEP_HEADER, List.of(
                        row("SCJG-001", "受理", "窗口受理人员", 1),
                        row("SCJG-001", "审查", "审核人员", 3),
                        row("SCJG-001", "现场核查", "核查人员", 4, "否"),
                        row("SCJG-001", "决定", "审批人员", 1),
                        row("SCJG-001", "制证", "窗口人员", 1),
                        row("ZJJ-004", "受理", "窗口受理人员", 1),
                        row("ZJJ-004", "现场核查", "审核人员", 5),
                        row("ZJJ-004", "决定", "审批人员", 2)))
                .sheet("收费", CatalogWorkbook.FEE_HEADER, List.of());
    }

    @Test
    void itemsKeptInAWorkbookValidateToTheSameDefinitionsAsTheirYaml() {
        PackFiles.copy("county-packs/heshan", pack);
        PackFiles.cut(pack, "items.yaml", "  - code: SCJG-001", "  - code: SCJG-002");
        PackFiles.cut(pack, "items.yaml", "  - code: ZJJ-004", "  - code: ZJJ-005");
        heshanItemsInAWorkbook().writeTo(pack.resolve("items.xlsx"));

        CountyPackLoader.Loaded fromWorkbook = new CountyPackLoader().load(pack.toString());
        CountyPackLoader.Loaded fromYaml = new CountyPackLoader().load("classpath:county-packs/heshan");

        assertThat(fromWorkbook.errors()).isEmpty();
        assertThat(fromWorkbook.validated().items()).containsExactlyInAnyOrderElementsOf(fromYaml.validated().items());
    }

    @Test
    void workbookErrorsNameTheSheetRowAndColumn() {
        PackFiles.copy("county-packs/heshan", pack);
        new CatalogWorkbook()
                .sheet("事项", CatalogWorkbook.ITEM_HEADER, List.of(
                        row("XX-001", null, "试验事项", "许可", "自然人", "SCJG", "合山市市场监督管理局", "市级", "二十", 5,
                                "窗口领取", "也许", null, 1, "是")))
                .sheet("申请材料", CatalogWorkbook.MATERIAL_HEADER, List.of(
                        row("XX-001", "APP", "申请书", "是", 0),
                        row("XX-404", "APP", "申请书", "是")))
                .sheet("备注", List.of("说明"), List.of())
                .writeTo(pack.resolve("items.xlsx"));

        List<PackError> errors = new CountyPackLoader().load(pack.toString()).errors().stream()
                .filter(e -> e.file().equals("items.xlsx")).toList();

        assertThat(errors).extracting(PackError::location, PackError::field).contains(
                tuple("事项 row 2, column D 事项类型", "kind"),
                tuple("事项 row 2, column I 法定时限", "statutoryLimit"),
                tuple("事项 row 2, column L 窗口办结", "decidedAtWindow"),
                tuple("申请材料 row 2, column E 份数", "copies"),
                tuple("申请材料 row 3, column A 事项编码", "item"),
                tuple("备注", ""));
        assertThat(errors).filteredOn(e -> e.field().equals("procedure") || e.field().equals("legalBases"))
                .extracting(PackError::location).containsOnly("事项 row 2");
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
