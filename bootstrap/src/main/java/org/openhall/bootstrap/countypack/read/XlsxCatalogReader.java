package org.openhall.bootstrap.countypack.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.openhall.bootstrap.countypack.PackErrors;
import org.openhall.bootstrap.countypack.Where;
import org.openhall.bootstrap.countypack.spec.FeeSpec;
import org.openhall.bootstrap.countypack.spec.ItemSpec;
import org.openhall.bootstrap.countypack.spec.LegalBasisSpec;
import org.openhall.bootstrap.countypack.spec.MaterialSpec;
import org.openhall.bootstrap.countypack.spec.StepSpec;
import org.springframework.core.io.Resource;

/**
 * Reads the catalog from a workbook ({@code items.xlsx}) laid out as centres keep it: one sheet of
 * items, one row per item, and one sheet each for legal bases, materials, procedure steps and fees
 * with a row per entry keyed by the item code; their order is the order of the rows. Headers are
 * the Chinese column names of {@code docs/county-pack.md} (or the YAML field names); cells may use
 * the Chinese words for fixed values (行政许可, 自然人, 是/否 …). Errors name sheet, row and column.
 */
final class XlsxCatalogReader {

    static final String ITEMS = "事项";
    static final String LEGAL_BASES = "设立依据";
    static final String MATERIALS = "申请材料";
    static final String STEPS = "办理流程";
    static final String FEES = "收费";
    private static final Set<String> NOTES = Set.of("说明", "README");

    /** A column of a sheet: the spec field it fills, its Chinese header, whether the column must be there. */
    record Column(String field, String header, boolean required) {
    }

    static final List<Column> ITEM_COLUMNS = List.of(
            new Column("code", "事项编码", true),
            new Column("nationalCode", "基本编码", false),
            new Column("name", "事项名称", true),
            new Column("kind", "事项类型", true),
            new Column("applicantTypes", "服务对象", true),
            new Column("department", "主管部门", true),
            new Column("implementingBody", "实施主体", true),
            new Column("level", "行使层级", true),
            new Column("statutoryLimit", "法定时限", true),
            new Column("promisedLimit", "承诺时限", true),
            new Column("deliveryMethods", "送达方式", true),
            new Column("decidedAtWindow", "窗口办结", true),
            new Column("stepsReturnedToDepartment", "退回部门环节", false),
            new Column("maxVisits", "到现场次数", true),
            new Column("onlineAvailable", "网上办理", true),
            new Column("conditions", "受理条件", false),
            new Column("approvalStandards", "审批标准", false),
            new Column("resultDocuments", "审批结果", false),
            new Column("keywords", "关键词", false));

    static final List<Column> LEGAL_BASIS_COLUMNS = List.of(
            new Column("item", "事项编码", true),
            new Column("law", "法律法规", true),
            new Column("article", "条款", false));

    static final List<Column> MATERIAL_COLUMNS = List.of(
            new Column("item", "事项编码", true),
            new Column("code", "材料编码", true),
            new Column("name", "材料名称", true),
            new Column("original", "原件", true),
            new Column("copies", "份数", false),
            new Column("requirement", "材料要求", false),
            new Column("condition", "适用情形", false),
            new Column("form", "材料形式", false),
            new Column("supplyLaterAllowed", "容缺", false),
            new Column("sampleForm", "示范文本", false));

    static final List<Column> STEP_COLUMNS = List.of(
            new Column("item", "事项编码", true),
            new Column("name", "环节名称", true),
            new Column("role", "办理人员", true),
            new Column("workingDays", "时限", true),
            new Column("special", "特别程序", false));

    static final List<Column> FEE_COLUMNS = List.of(
            new Column("item", "事项编码", true),
            new Column("name", "收费项目", true),
            new Column("amount", "金额", true),
            new Column("basis", "收费依据", true));

    private static final String LIST_SEPARATORS = "[、,，;；\\n]";

    private final PackErrors errors;

    XlsxCatalogReader(PackErrors errors) {
        this.errors = errors;
    }

    /** The items of the workbook; empty after an error when it cannot be opened. */
    List<ItemSpec> read(Resource resource, String file) {
        try (InputStream in = PackFolder.open(resource); Workbook workbook = WorkbookFactory.create(in)) {
            return read(workbook, file);
        } catch (Exception e) {
            // POI reports a damaged or foreign file with a variety of exceptions; each means the same to the user.
            errors.add(file, "", "", "is not a readable .xlsx workbook: " + e.getMessage());
            return List.of();
        }
    }

    private List<ItemSpec> read(Workbook workbook, String file) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        for (Sheet sheet : workbook) {
            String name = sheet.getSheetName().strip();
            if (List.of(ITEMS, LEGAL_BASES, MATERIALS, STEPS, FEES).contains(name)) {
                sheets.put(name, sheet);
            } else if (!NOTES.contains(name)) {
                errors.add(file, name, "", "is not a sheet of the catalog workbook (sheets: " + ITEMS + ", "
                        + LEGAL_BASES + ", " + MATERIALS + ", " + STEPS + ", " + FEES + "; " + NOTES + " are ignored)");
            }
        }
        if (!sheets.containsKey(ITEMS)) {
            errors.add(file, "", "", "has no sheet named " + ITEMS + " (one row per item)");
            return List.of();
        }
        Map<String, ItemBuilder> items = new LinkedHashMap<>();
        for (SheetRow row : rows(sheets.get(ITEMS), file, ITEM_COLUMNS, evaluator)) {
            ItemBuilder item = itemRow(row);
            if (item.code == null) {
                continue;
            }
            if (items.containsKey(item.code)) {
                errors.add(row.where.error("code", "item " + item.code + " has a row already"));
                continue;
            }
            items.put(item.code, item);
        }
        children(sheets.get(LEGAL_BASES), file, LEGAL_BASIS_COLUMNS, evaluator, items,
                (item, row) -> item.legalBases.add(new LegalBasisSpec(row.where, row.required("law"), row.text("article"))));
        children(sheets.get(MATERIALS), file, MATERIAL_COLUMNS, evaluator, items,
                (item, row) -> item.materials.add(new MaterialSpec(row.where, row.required("code"), row.required("name"),
                        row.requiredBool("original"), row.integer("copies"),
                        Labels.value(Labels.REQUIREMENTS, row.text("requirement")), row.text("condition"),
                        Labels.value(Labels.FORMS, row.text("form")), row.bool("supplyLaterAllowed"),
                        row.text("sampleForm"))));
        children(sheets.get(STEPS), file, STEP_COLUMNS, evaluator, items,
                (item, row) -> item.procedure.add(new StepSpec(row.where, row.required("name"), row.required("role"),
                        row.requiredInteger("workingDays"), row.bool("special"))));
        children(sheets.get(FEES), file, FEE_COLUMNS, evaluator, items,
                (item, row) -> item.fees.add(new FeeSpec(row.where, row.required("name"), row.required("amount"),
                        row.required("basis"))));
        return items.values().stream().map(ItemBuilder::build).toList();
    }

    private ItemBuilder itemRow(SheetRow row) {
        ItemBuilder item = new ItemBuilder(row.where);
        item.code = row.required("code");
        item.nationalCode = row.text("nationalCode");
        item.name = row.required("name");
        item.kind = Labels.value(Labels.ITEM_KINDS, row.required("kind"));
        item.applicantTypes = row.list("applicantTypes").stream()
                .map(t -> Labels.value(Labels.APPLICANT_TYPES, t)).toList();
        item.department = row.required("department");
        item.implementingBody = row.required("implementingBody");
        item.level = Labels.value(Labels.LEVELS, row.required("level"));
        item.statutoryLimit = row.requiredInteger("statutoryLimit");
        item.promisedLimit = row.requiredInteger("promisedLimit");
        item.deliveryMethods = row.list("deliveryMethods").stream().map(t -> Labels.value(Labels.DELIVERY, t)).toList();
        item.decidedAtWindow = row.requiredBool("decidedAtWindow");
        item.stepsReturnedToDepartment = row.list("stepsReturnedToDepartment");
        item.maxVisits = row.requiredInteger("maxVisits");
        item.onlineAvailable = row.requiredBool("onlineAvailable");
        item.conditions = row.lines("conditions");
        item.approvalStandards = row.lines("approvalStandards");
        item.resultDocuments = row.lines("resultDocuments");
        item.keywords = row.list("keywords");
        return item;
    }

    /** Adds the rows of a child sheet to the items they name. */
    private void children(Sheet sheet, String file, List<Column> columns, FormulaEvaluator evaluator,
            Map<String, ItemBuilder> items, java.util.function.BiConsumer<ItemBuilder, SheetRow> add) {
        if (sheet == null) {
            return;
        }
        for (SheetRow row : rows(sheet, file, columns, evaluator)) {
            String code = row.required("item");
            if (code == null) {
                continue;
            }
            ItemBuilder item = items.get(code);
            if (item == null) {
                errors.add(row.where.error("item", "names item " + code + ", which has no row in sheet " + ITEMS));
                continue;
            }
            add.accept(item, row);
        }
    }

    private List<SheetRow> rows(Sheet sheet, String file, List<Column> columns, FormulaEvaluator evaluator) {
        DataFormatter formatter = new DataFormatter();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        List<SheetRow> rows = new ArrayList<>();
        if (header == null) {
            errors.add(file, sheet.getSheetName(), "", "is empty; its first row must name the columns");
            return rows;
        }
        Map<Integer, Column> byIndex = new LinkedHashMap<>();
        for (Cell cell : header) {
            String text = formatter.formatCellValue(cell, evaluator).strip();
            if (text.isEmpty()) {
                continue;
            }
            Column column = columnFor(text, columns);
            if (column == null) {
                errors.add(file, location(sheet, header.getRowNum(), cell.getColumnIndex()), text,
                        "is not a column of sheet " + sheet.getSheetName() + " (columns: "
                                + String.join(", ", columns.stream().map(Column::header).toList()) + ")");
            } else {
                byIndex.put(cell.getColumnIndex(), column);
            }
        }
        for (Column column : columns) {
            if (column.required() && !byIndex.containsValue(column)) {
                errors.add(file, sheet.getSheetName() + " row " + (header.getRowNum() + 1), column.field(),
                        "column " + column.header() + " is missing");
            }
        }
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> locations = new LinkedHashMap<>();
            for (Map.Entry<Integer, Column> column : byIndex.entrySet()) {
                Cell cell = row.getCell(column.getKey());
                String text = cell == null ? "" : formatter.formatCellValue(cell, evaluator).strip();
                values.put(column.getValue().field(), text.isEmpty() ? null : text);
                locations.put(column.getValue().field(), location(sheet, r, column.getKey()) + " "
                        + column.getValue().header());
            }
            if (values.values().stream().allMatch(v -> v == null)) {
                continue;
            }
            Where where = new Where(file, "", sheet.getSheetName() + " row " + (r + 1), locations);
            rows.add(new SheetRow(where, values));
        }
        return rows;
    }

    private static Column columnFor(String header, List<Column> columns) {
        // "事项编码", "code" and "事项编码 (code)" all name the same column.
        String chinese = header.split("[(（]")[0].strip();
        String english = header.contains("(") || header.contains("（")
                ? header.replaceAll("^.*[(（]\\s*", "").replaceAll("\\s*[)）].*$", "") : header;
        for (Column column : columns) {
            if (column.header().equals(chinese) || column.field().equals(english) || column.field().equals(chinese)) {
                return column;
            }
        }
        return null;
    }

    private static String location(Sheet sheet, int row, int column) {
        return sheet.getSheetName() + " row " + (row + 1) + ", column " + CellReference.convertNumToColString(column);
    }

    /** One data row: its place and its cell texts by field. */
    private final class SheetRow {

        private final Where where;
        private final Map<String, String> values;

        SheetRow(Where where, Map<String, String> values) {
            this.where = where;
            this.values = values;
        }

        String text(String field) {
            return values.get(field);
        }

        String required(String field) {
            String text = values.get(field);
            if (text == null) {
                errors.add(where.error(field, "is required"));
            }
            return text;
        }

        Integer integer(String field) {
            String text = values.get(field);
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text.replaceAll("\\.0+$", ""));
            } catch (NumberFormatException e) {
                errors.add(where.error(field, "must be a whole number, not \"" + text + "\""));
                return null;
            }
        }

        Integer requiredInteger(String field) {
            return values.get(field) == null ? integerRequired(field) : integer(field);
        }

        private Integer integerRequired(String field) {
            errors.add(where.error(field, "is required"));
            return null;
        }

        Boolean bool(String field) {
            String text = values.get(field);
            if (text == null) {
                return null;
            }
            Boolean value = Labels.bool(text);
            if (value == null) {
                errors.add(where.error(field, "must be 是 or 否, not \"" + text + "\""));
            }
            return value;
        }

        Boolean requiredBool(String field) {
            if (values.get(field) == null) {
                errors.add(where.error(field, "is required (是 or 否)"));
                return null;
            }
            return bool(field);
        }

        /** Values separated by 、 , ; or line breaks. */
        List<String> list(String field) {
            String text = values.get(field);
            return text == null ? List.of()
                    : Arrays.stream(text.split(LIST_SEPARATORS)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** One entry per line of the cell (prose may contain commas). */
        List<String> lines(String field) {
            String text = values.get(field);
            return text == null ? List.of()
                    : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** Collects one item from its row and the rows of the other sheets. */
    private static final class ItemBuilder {

        private final Where where;
        private String code;
        private String nationalCode;
        private String name;
        private String kind;
        private List<String> applicantTypes = List.of();
        private String department;
        private String implementingBody;
        private String level;
        private final List<LegalBasisSpec> legalBases = new ArrayList<>();
        private List<String> conditions = List.of();
        private final List<MaterialSpec> materials = new ArrayList<>();
        private List<String> approvalStandards = List.of();
        private List<String> resultDocuments = List.of();
        private final List<StepSpec> procedure = new ArrayList<>();
        private Integer statutoryLimit;
        private Integer promisedLimit;
        private final List<FeeSpec> fees = new ArrayList<>();
        private List<String> deliveryMethods = List.of();
        private Boolean decidedAtWindow;
        private List<String> stepsReturnedToDepartment = List.of();
        private Integer maxVisits;
        private Boolean onlineAvailable;
        private List<String> keywords = List.of();

        ItemBuilder(Where where) {
            this.where = where;
        }

        ItemSpec build() {
            return new ItemSpec(where, code, nationalCode, name, kind, applicantTypes, department, implementingBody,
                    level, legalBases, conditions, materials, approvalStandards, resultDocuments, procedure,
                    statutoryLimit, promisedLimit, fees, deliveryMethods, decidedAtWindow, stepsReturnedToDepartment,
                    maxVisits, onlineAvailable, keywords);
        }
    }
}
