package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Records a hearing's minutes, on the hearing day or later ({@code participation.hearing-not-held-yet} before). */
@PrimaryPort
public interface RecordHearingMinutesUseCase {

    HearingView recordMinutes(RecordHearingMinutesCommand command);
}
