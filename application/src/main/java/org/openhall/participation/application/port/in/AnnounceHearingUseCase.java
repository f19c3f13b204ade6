package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Announces a hearing on a draft under the county's notice periods: refused with
 * {@code participation.hearing-announcement-too-late} or
 * {@code participation.hearing-registration-closes-too-late} when the hearing day is too close.
 */
@PrimaryPort
public interface AnnounceHearingUseCase {

    HearingView announce(AnnounceHearingCommand command);
}
