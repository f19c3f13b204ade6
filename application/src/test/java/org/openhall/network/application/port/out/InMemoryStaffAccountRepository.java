package org.openhall.network.application.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;

/** A {@link StaffAccountRepository} in memory, for tests of the use cases. */
public class InMemoryStaffAccountRepository implements StaffAccountRepository {

    private final Map<StaffUsername, StaffAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<StaffAccount> findByUsername(StaffUsername username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public List<StaffAccount> findAll() {
        return accounts.values().stream().sorted(Comparator.comparing(a -> a.username().value())).toList();
    }

    @Override
    public void save(StaffAccount account) {
        accounts.put(account.username(), account);
    }
}
