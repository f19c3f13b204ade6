package org.openhall.catalog.adapter.in.web;

import java.util.List;

import org.openhall.catalog.domain.ItemKind;

/**
 * An approval item as the public service guide (办事指南) shows it.
 *
 * @param version                   the catalog version of the item; a case keeps the version it was received under
 * @param statutoryLimitWorkingDays 法定期限, in working days
 * @param promisedLimitWorkingDays  承诺期限, in working days, never longer than the statutory one
 */
public record ApprovalItemResponse(String code, int version, String name, ItemKind kind, String department,
        String legalBasis, int statutoryLimitWorkingDays, int promisedLimitWorkingDays,
        List<MaterialResponse> materials) {

    /**
     * One material of the item (申报材料).
     *
     * @param original  whether the original (原件) must be shown
     * @param copies    how many copies (份数)
     * @param mandatory whether the application is incomplete without it
     */
    public record MaterialResponse(String code, String name, boolean original, int copies, boolean mandatory) {
    }
}
