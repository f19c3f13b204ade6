package org.openhall.catalog.adapter.in.web;

import java.util.Collection;
import java.util.stream.Collectors;

import org.openhall.catalog.domain.ApplicantType;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.MaterialForm;
import org.openhall.catalog.domain.MaterialRequirement;
import org.openhall.shared.domain.access.AdministrativeLevel;

/** The Chinese names the printed service guide uses for the catalog's constants. */
final class ChineseLabels {

    /** 顿号: how Chinese separates the items of a list. */
    private static final String LIST_SEPARATOR = "、";

    private ChineseLabels() {
    }

    static String of(ItemKind kind) {
        return switch (kind) {
            case ADMINISTRATIVE_LICENCE -> "行政许可";
            case NON_LICENCE_APPROVAL -> "非行政许可审批";
            case PUBLIC_SERVICE -> "公共服务";
            case CONVENIENCE_SERVICE -> "便民服务";
        };
    }

    static String of(ApplicantType type) {
        return switch (type) {
            case NATURAL_PERSON -> "自然人";
            case LEGAL_PERSON -> "法人";
        };
    }

    static String of(AdministrativeLevel level) {
        return switch (level) {
            case CITY -> "市级";
            case TOWNSHIP -> "乡镇级";
            case VILLAGE -> "村（社区）级";
        };
    }

    static String of(MaterialRequirement requirement) {
        return switch (requirement) {
            case REQUIRED -> "必要";
            case OPTIONAL -> "非必要";
            case CONDITIONAL -> "情形必要";
        };
    }

    static String of(MaterialForm form) {
        return switch (form) {
            case PAPER -> "纸质";
            case ELECTRONIC -> "电子";
            case PAPER_OR_ELECTRONIC -> "纸质或电子";
        };
    }

    static String of(DeliveryMethod method) {
        return switch (method) {
            case PICKUP -> "窗口领取";
            case MAIL -> "邮寄送达";
        };
    }

    static String of(ItemStatus status) {
        return switch (status) {
            case DRAFT -> "草稿";
            case PUBLISHED -> "已发布";
            case SUSPENDED -> "暂停办理";
            case ABOLISHED -> "已取消";
        };
    }

    static String applicantTypes(Collection<ApplicantType> types) {
        return types.stream().sorted().map(ChineseLabels::of).collect(Collectors.joining(LIST_SEPARATOR));
    }

    static String deliveryMethods(Collection<DeliveryMethod> methods) {
        return methods.stream().sorted().map(ChineseLabels::of).collect(Collectors.joining(LIST_SEPARATOR));
    }

    static String list(Collection<String> texts) {
        return String.join(LIST_SEPARATOR, texts);
    }
}
