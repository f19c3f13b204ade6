package org.openhall.servicecase.application.port.out;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.ServiceCaseId;

/**
 * Finds a case by its case number (办件编号), the key printed on every receipt and notice and
 * typed in by the public to track a case.
 */
@SecondaryPort
public interface CaseNumberLookupPort {

    /** The id of the case numbered {@code number}; case numbers never repeat. */
    Optional<ServiceCaseId> caseNumbered(CaseNumber number);
}
