package org.openhall.complaint.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Numbers the tickets of a year without gaps between committed ones' order (工单编号). */
@SecondaryPort
public interface TicketNumberSequence {

    /** The next number of {@code year}, from 1. */
    long next(int year);
}
