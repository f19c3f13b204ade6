package org.openhall.catalog.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Reads the published catalog (事项目录): public information, one of the eight publics. */
@PrimaryPort
public interface ApprovalItemQuery {

    Page<ApprovalItemView> list(PageRequest page);

    /** @throws org.openhall.shared.application.problem.ResourceNotFound for an unknown code */
    ApprovalItemView get(ApprovalItemCode code);
}
