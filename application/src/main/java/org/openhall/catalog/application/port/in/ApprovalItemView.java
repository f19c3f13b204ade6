package org.openhall.catalog.application.port.in;

import java.util.List;

import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ItemKind;

/** An item as the public service guide shows it (办事指南). */
public record ApprovalItemView(String code, int version, String name, ItemKind kind, String department,
        String legalBasis, int statutoryLimitWorkingDays, int promisedLimitWorkingDays,
        List<MaterialView> materials) {

    /** One required material line of the guide. */
    public record MaterialView(String code, String name, boolean original, int copies, boolean mandatory) {
    }

    public static ApprovalItemView of(ApprovalItem item) {
        return new ApprovalItemView(item.code().value(), item.version(), item.name(), item.kind(),
                item.department().value(), item.legalBasis().citation(), item.statutoryLimit().amount(),
                item.promisedLimit().amount(),
                item.materials().stream()
                        .map(m -> new MaterialView(m.code(), m.name(), m.original(), m.copies(), m.mandatory()))
                        .toList());
    }
}
