package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Records materials supplied after a one-time notice (材料补正). */
@PrimaryPort
public interface SupplyMaterialsUseCase {

    CaseView supply(SupplyMaterialsCommand command);
}
