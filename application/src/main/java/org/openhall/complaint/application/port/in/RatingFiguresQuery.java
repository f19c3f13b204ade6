package org.openhall.complaint.application.port.in;

import java.time.LocalDate;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.complaint.application.port.in.RatingFigures.Dimension;
import org.openhall.shared.domain.access.Actor;

/**
 * Rating figures for the days {@code from} … {@code to} (both included, the centre's time zone). Supervisors
 * see every department or one; department staff only their own.
 */
@PrimaryPort
public interface RatingFiguresQuery {

    RatingFigures figures(Actor actor, Dimension dimension, LocalDate from, LocalDate to, Optional<String> department);
}
