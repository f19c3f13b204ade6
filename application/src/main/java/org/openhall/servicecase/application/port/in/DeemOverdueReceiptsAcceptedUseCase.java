package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * 视为受理: every case still merely received whose five working days for a one-time notice have
 * passed counts as accepted on the day of receipt (Administrative Licensing Law Art. 32). Run by a
 * scheduler as user {@code system}; safe to run on several instances at once — each case is deemed
 * accepted exactly once.
 */
@PrimaryPort
public interface DeemOverdueReceiptsAcceptedUseCase {

    /** Deems the overdue receipts of today accepted; answers how many. */
    int deemOverdueReceiptsAccepted();
}
