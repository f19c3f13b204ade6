package org.openhall.catalog.application.port.in;

import java.util.List;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.shared.domain.access.DepartmentCode;

/** Everything needed to put a new item into the catalog. */
public record RegisterApprovalItemCommand(ApprovalItemCode code, String name, ItemKind kind,
        DepartmentCode department, LegalBasis legalBasis, int statutoryLimitWorkingDays,
        int promisedLimitWorkingDays, List<RequiredMaterial> materials) {
}
