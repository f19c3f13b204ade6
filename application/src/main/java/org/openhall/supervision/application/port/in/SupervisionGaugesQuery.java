package org.openhall.supervision.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The current supervision gauges for the metrics endpoint. */
@PrimaryPort
public interface SupervisionGaugesQuery {

    SupervisionGauges gauges();
}
