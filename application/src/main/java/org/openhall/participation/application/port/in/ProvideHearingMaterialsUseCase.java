package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Sends the hearing materials to the participants: after the selection, and at least the county's
 * number of days before the hearing ({@code participation.hearing-materials-too-late} otherwise).
 */
@PrimaryPort
public interface ProvideHearingMaterialsUseCase {

    HearingView provideMaterials(ProvideHearingMaterialsCommand command);
}
