package org.openhall.shared.application.service;

import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.port.in.CountyParameterRules;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.out.CountyParameterRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes the county's rule parameters. A value that is already set is not written
 * again, so that re-importing an unchanged county pack changes nothing.
 */
@Application
public class CountyParameterService implements CountyParameters {

    private final CountyParameterRepository parameters;

    public CountyParameterService(CountyParameterRepository parameters) {
        this.parameters = parameters;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> get(String key) {
        return parameters.find(CountyParameterRules.requireKey(key));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> all() {
        return parameters.findAll();
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
        return ChangeOutcome.REMOVED;
    }
}
