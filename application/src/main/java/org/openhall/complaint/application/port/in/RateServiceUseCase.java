package org.openhall.complaint.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** 评价: a service event that may be rated is rated once per channel; a bad rating opens a rectification. */
@PrimaryPort
public interface RateServiceUseCase {

    RatingView rateWithCode(RateWithCodeCommand command);

    RatingView record(RecordRatingCommand command);
}
