package org.openhall.shared.adapter.out.persistence.personaldata;

import java.util.regex.Pattern;

/**
 * A column that holds sealed personal data, as the rotation needs to know it: the table, the sealed
 * column, and optionally the column of its blind index (filled when the rotation seals a value that
 * was stored before sealing existed). Rows are addressed by their physical position under a row lock,
 * so any table qualifies, whatever its key.
 *
 * @param indexColumn {@code null} when the value is not searched
 * @param kind the kind of value, for its blind index; {@code null} without index column
 * @param clearIndexSource a column stored in clear that the index is computed from in rows where the sealed
 *        column is empty (e.g. an organisation's credit code beside a person's ID number); usually {@code null}
 */
public record SealedColumn(String table, String column, String indexColumn, PersonalDataKind kind,
        String clearIndexSource) {

    /** Names are put into SQL: only plain lower-case identifiers are accepted. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public SealedColumn {
        for (String name : new String[] { table, column }) {
            check(name);
        }
        if ((indexColumn == null) != (kind == null)) {
            throw new IllegalArgumentException("an index column needs a kind, and a kind an index column");
        }
        if (indexColumn != null) {
            check(indexColumn);
        }
        if (clearIndexSource != null) {
            if (indexColumn == null) {
                throw new IllegalArgumentException("a clear index source needs an index column");
            }
            check(clearIndexSource);
        }
    }

    /** A sealed column that is not searched. */
    public static SealedColumn of(String table, String column) {
        return new SealedColumn(table, column, null, null, null);
    }

    /** A sealed column with its blind index. */
    public static SealedColumn indexed(String table, String column, String indexColumn, PersonalDataKind kind) {
        return new SealedColumn(table, column, indexColumn, kind, null);
    }

    /** The same column, whose index is computed from {@code clearColumn} in rows without a sealed value. */
    public SealedColumn orIndexedFromClear(String clearColumn) {
        return new SealedColumn(table, column, indexColumn, kind, clearColumn);
    }

    private static void check(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
