package org.openhall.bootstrap.countypack.read;

import java.util.Locale;
import java.util.Map;

/**
 * The Chinese words a centre writes in its catalog workbook for the format's fixed values, e.g.
 * 行政许可 for {@code ADMINISTRATIVE_LICENCE} or 是 for {@code true}. A cell may hold either the
 * word or the value itself; anything else is passed on unchanged and reported by validation with
 * the values allowed.
 */
final class Labels {

    static final Map<String, String> ITEM_KINDS = Map.of(
            "行政许可", "ADMINISTRATIVE_LICENCE",
            "非行政许可审批", "NON_LICENCE_APPROVAL",
            "公共服务", "PUBLIC_SERVICE",
            "便民服务", "CONVENIENCE_SERVICE");

    static final Map<String, String> APPLICANT_TYPES = Map.of(
            "自然人", "NATURAL_PERSON",
            "法人", "LEGAL_PERSON",
            "法人或其他组织", "LEGAL_PERSON");

    static final Map<String, String> LEVELS = Map.of(
            "市级", "CITY",
            "县级", "CITY",
            "乡镇级", "TOWNSHIP",
            "村级", "VILLAGE",
            "村（社区）级", "VILLAGE");

    static final Map<String, String> REQUIREMENTS = Map.of(
            "必要", "REQUIRED",
            "必需", "REQUIRED",
            "非必要", "OPTIONAL",
            "可选", "OPTIONAL",
            "按情形", "CONDITIONAL",
            "情形", "CONDITIONAL");

    static final Map<String, String> FORMS = Map.of(
            "纸质", "PAPER",
            "电子", "ELECTRONIC",
            "纸质或电子", "PAPER_OR_ELECTRONIC");

    static final Map<String, String> DELIVERY = Map.of(
            "窗口领取", "PICKUP",
            "自取", "PICKUP",
            "邮寄", "MAIL",
            "快递", "MAIL");

    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "是", true, "否", false,
            "true", true, "false", false,
            "y", true, "n", false,
            "yes", true, "no", false);

    private Labels() {
    }

    /** The format's value for {@code text}: the label's value, or {@code text} itself. */
    static String value(Map<String, String> labels, String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return labels.getOrDefault(stripped, stripped);
    }

    /** {@code true} for 是/true/Y/yes, {@code false} for 否/false/N/no, else {@code null}. */
    static Boolean bool(String text) {
        return text == null ? null : BOOLEANS.get(text.strip().toLowerCase(Locale.ROOT));
    }
}
