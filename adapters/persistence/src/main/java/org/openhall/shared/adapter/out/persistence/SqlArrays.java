package org.openhall.shared.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the {@code array_agg} columns an aggregate is loaded with in one statement: one array per
 * column of a child table, all of a table's arrays in the same order. No rows gives SQL {@code NULL}, read as an
 * empty list; a {@code NULL} element stays {@code null}.
 */
public final class SqlArrays {

    private final ResultSet rs;

    public SqlArrays(ResultSet rs) {
        this.rs = rs;
    }

    public List<String> texts(String column) throws SQLException {
        return nullable(column, String.class);
    }

    public List<Integer> integers(String column) throws SQLException {
        return nullable(column, Integer.class);
    }

    public List<Boolean> booleans(String column) throws SQLException {
        return nullable(column, Boolean.class);
    }

    public List<BigDecimal> decimals(String column) throws SQLException {
        return nullable(column, BigDecimal.class);
    }

    /** Dates come as {@code java.sql.Date} at midnight of the JVM's zone, which {@code toLocalDate} undoes. */
    public List<LocalDate> dates(String column) throws SQLException {
        List<LocalDate> dates = new ArrayList<>();
        for (Object element : elements(column)) {
            dates.add(element == null ? null : ((java.sql.Date) element).toLocalDate());
        }
        return dates;
    }

    private <T> List<T> nullable(String column, Class<T> type) throws SQLException {
        List<T> values = new ArrayList<>();
        for (Object element : elements(column)) {
            values.add(type.cast(element));
        }
        return values;
    }

    private List<Object> elements(String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((Object[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
