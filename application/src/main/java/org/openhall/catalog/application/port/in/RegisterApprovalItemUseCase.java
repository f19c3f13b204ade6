package org.openhall.catalog.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.catalog.domain.ApprovalItemCode;

/** Adds an item to the catalog (事项入驻). */
@PrimaryPort
public interface RegisterApprovalItemUseCase {

    /** @throws ApprovalItemAlreadyRegistered when the code is taken */
    ApprovalItemCode register(RegisterApprovalItemCommand command);
}
