package org.openhall.shared.application.port.out;

import java.util.Optional;
import java.util.SortedMap;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where the county's rule parameters are kept. */
@SecondaryPort
public interface CountyParameterRepository {

    Optional<String> find(String key);

    /** Every parameter, ordered by key. */
    SortedMap<String, String> findAll();

    /** Sets {@code key} to {@code value}, adding it when absent. */
    void save(String key, String value);

    /** Removes {@code key}; nothing happens when it is absent. */
    void delete(String key);
}
