package org.openhall.shared.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.port.in.CountyParameterRules;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.out.CountyParameterRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads and writes the county's rule parameters. A value that is already set is not written
 * again, so that re-importing an unchanged county pack changes nothing. Reads are served from a
 * {@link CountyParameterSnapshot} at most {@code maxAge} old; a write through this service is seen
 * by the next read.
 */
@Application
public class CountyParameterService implements CountyParameters {

    private final CountyParameterRepository parameters;
    private final CountyParameterSnapshot snapshot;

    /** Reads the store on every call: for tests and tools that write behind the service's back. */
    public CountyParameterService(CountyParameterRepository parameters) {
        // With no maximum age the time never matters: any fixed clock does.
        this(parameters, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Duration.ZERO);
    }

    public CountyParameterService(CountyParameterRepository parameters, Clock clock, Duration maxAge) {
        this.parameters = parameters;
        this.snapshot = new CountyParameterSnapshot(clock, maxAge);
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(all().get(CountyParameterRules.requireKey(key)));
    }

    @Override
    public Map<String, String> all() {
        // No transaction of its own: a fresh snapshot needs no connection; the store opens one to read.
        return snapshot.current(parameters::findAll);
    }

    @Override
    @Transactional
    public ChangeOutcome put(String key, String value) {
        CountyParameterRules.requireKey(key);
        CountyParameterRules.requireValue(value);
        Optional<String> stored = parameters.find(key);
        if (stored.isPresent() && stored.get().equals(value)) {
            return ChangeOutcome.UNCHANGED;
        }
        parameters.save(key, value);
        changed();
        return stored.isPresent() ? ChangeOutcome.CHANGED : ChangeOutcome.ADDED;
    }

    @Override
    @Transactional
    public ChangeOutcome remove(String key) {
        CountyParameterRules.requireKey(key);
        if (parameters.find(key).isEmpty()) {
            return ChangeOutcome.UNCHANGED;
        }
        parameters.delete(key);
        changed();
        return ChangeOutcome.REMOVED;
    }

    /**
     * Forgets the snapshot now and again when the writing transaction ends: until then a read in
     * another transaction still sees the old value and must not keep it, and a rollback must not
     * leave the uncommitted value in the snapshot.
     */
    private void changed() {
        snapshot.invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot.invalidate();
                }
            });
        }
    }
}
