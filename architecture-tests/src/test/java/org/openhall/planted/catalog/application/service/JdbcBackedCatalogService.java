package org.openhall.planted.catalog.application.service;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Planted: a use case querying the database itself instead of going through a secondary port. */
public class JdbcBackedCatalogService {

    private final JdbcTemplate jdbc;

    public JdbcBackedCatalogService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> names() {
        return jdbc.queryForList("select name from approval_item", String.class);
    }
}
