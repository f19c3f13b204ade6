package org.openhall.shared.application.port.out;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link CountyParameterRepository} in memory, for tests of the use cases. */
public class InMemoryCountyParameterRepository implements CountyParameterRepository {

    private final ConcurrentSkipListMap<String, String> values = new ConcurrentSkipListMap<>();
    private int writes;
    private int reads;

    @Override
    public Optional<String> find(String key) {
        reads++;
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public SortedMap<String, String> findAll() {
        reads++;
        return new TreeMap<>(values);
    }

    @Override
    public void save(String key, String value) {
        writes++;
        values.put(key, value);
    }

    @Override
    public void delete(String key) {
        writes++;
        values.remove(key);
    }

    /** How many saves and deletes reached the repository: a test checks that nothing was written. */
    public int writes() {
        return writes;
    }

    /** How many reads reached the repository: a test checks what a cache spared it. */
    public int reads() {
        return reads;
    }
}
