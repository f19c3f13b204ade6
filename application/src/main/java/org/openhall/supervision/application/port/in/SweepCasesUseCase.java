package org.openhall.supervision.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The supervision sweep (监察巡检): looks at every open case a deadline threshold is reached for on
 * today's date and raises what it finds, each (case, rule, level) once however many nodes sweep at
 * the same moment. Run on a schedule and on demand.
 */
@PrimaryPort
public interface SweepCasesUseCase {

    SweepResult sweep();
}
