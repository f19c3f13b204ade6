package org.openhall.bootstrap.countypack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds an {@code items.xlsx} the way a centre keeps its catalog: a header row of Chinese column
 * names per sheet, then one row per entry. Numbers go into numeric cells, everything else into
 * text cells, as a person typing into a spreadsheet would leave them.
 */
final class CatalogWorkbook {

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    /** Adds a sheet: its header row, then its rows. */
    CatalogWorkbook sheet(String name, List<Object> header, List<List<Object>> rows) {
        List<List<Object>> all = new java.util.ArrayList<>();
        all.add(header);
        all.addAll(rows);
        sheets.put(name, all);
        return this;
    }

    void writeTo(Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value instanceof Boolean bool) {
                            row.createCell(c).setCellValue(bool);
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final List<Object> ITEM_HEADER = List.of("事项编码", "基本编码", "事项名称", "事项类型", "服务对象", "主管部门",
            "实施主体", "行使层级", "法定时限", "承诺时限", "送达方式", "窗口办结", "退回部门环节", "到现场次数", "网上办理",
            "受理条件", "审批标准", "审批结果", "关键词");
    static final List<Object> LEGAL_BASIS_HEADER = List.of("事项编码", "法律法规", "条款");
    static final List<Object> MATERIAL_HEADER = List.of("事项编码", "材料编码", "材料名称", "原件", "份数", "材料要求", "适用情形",
            "材料形式", "容缺", "示范文本");
    static final List<Object> STEP_HEADER = List.of("事项编码", "环节名称", "办理人员", "时限", "特别程序");
    static final List<Object> FEE_HEADER = List.of("事项编码", "收费项目", "金额", "收费依据");
}
