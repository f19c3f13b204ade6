package org.openhall.shared.adapter.out.persistence;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.shared.application.port.out.CountyParameterRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the county's rule parameters in table {@code county_parameter}, one row per key. A
 * plain key-value table: an upsert is all a parameter write needs.
 */
@Component
@SecondaryAdapter
public class CountyParameterPersistenceAdapter implements CountyParameterRepository {

    private final JdbcClient jdbc;

    public CountyParameterPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> find(String key) {
        return jdbc.sql("SELECT value FROM county_parameter WHERE key = :key").param("key", key)
                .query(String.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public SortedMap<String, String> findAll() {
        SortedMap<String, String> all = new TreeMap<>();
        jdbc.sql("SELECT key, value FROM county_parameter")
                .query((row, n) -> Map.entry(row.getString("key"), row.getString("value"))).list()
                .forEach(entry -> all.put(entry.getKey(), entry.getValue()));
        return all;
    }

    @Override
    @Transactional
    public void save(String key, String value) {
        jdbc.sql("""
                INSERT INTO county_parameter (key, value) VALUES (:key, :value)
                ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
                """).param("key", key).param("value", value).update();
    }

    @Override
    @Transactional
    public void delete(String key) {
        jdbc.sql("DELETE FROM county_parameter WHERE key = :key").param("key", key).update();
    }
}
