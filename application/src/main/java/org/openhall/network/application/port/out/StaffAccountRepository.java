package org.openhall.network.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;

/** Where staff accounts are kept. */
@SecondaryPort
public interface StaffAccountRepository {

    Optional<StaffAccount> findByUsername(StaffUsername username);

    /** Every account, by user name. */
    List<StaffAccount> findAll();

    void save(StaffAccount account);

    /**
     * The account, locked against concurrent changes until the surrounding transaction ends, for a
     * read-check-write such as a role change. A store without locks answers it like {@link #findByUsername}.
     */
    default Optional<StaffAccount> findByUsernameForUpdate(StaffUsername username) {
        return findByUsername(username);
    }
}
