package org.openhall.supervision.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.supervision.domain.AccountabilityRecord;

/** Accountability records (责任追究记录), kept for ever. */
@SecondaryPort
public interface AccountabilityRepository {

    void add(AccountabilityRecord record);

    /** Every record, or one department's; newest first. */
    List<AccountabilityRecord> list(Optional<String> department);
}
