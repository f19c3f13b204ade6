package org.openhall.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The exact bytes a record's hash is computed over (规范化形式), so that anyone can recompute it
 * from an export. Version 1 is the UTF-8 encoding of these fields, in this order, each written as
 * its length in UTF-8 bytes (decimal ASCII), a colon, the value and a line feed:
 * <ol>
 * <li>{@code openhall-audit-1} (the form's version)</li>
 * <li>the algorithm ({@code SHA-256} or {@code SM3})</li>
 * <li>the sequence (decimal, no leading zeros)</li>
 * <li>the time in UTC, ISO-8601 with exactly six fraction digits and {@code Z}, e.g.
 * {@code 2026-03-02T02:00:00.000000Z}</li>
 * <li>the offset of the centre's clock, {@code +08:00}</li>
 * <li>actor, source address, action, object, result as recorded</li>
 * <li>the previous record's hash (64 lower-case hex digits)</li>
 * </ol>
 * The length prefix keeps the form unambiguous whatever a field contains (line feeds, colons).
 */
public final class CanonicalForm {

    public static final String VERSION = "openhall-audit-1";

    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CanonicalForm() {
    }

    /** The canonical bytes of the record that would sit at {@code sequence} after {@code previousHash}. */
    public static byte[] of(long sequence, AuditEntry entry, String algorithm, String previousHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, VERSION);
        field(out, algorithm);
        field(out, Long.toString(sequence));
        field(out, UTC_MICROS.format(entry.occurredAt()));
        field(out, entry.offset().getId().equals("Z") ? "+00:00" : entry.offset().getId());
        field(out, entry.actor());
        field(out, entry.sourceAddress());
        field(out, entry.action());
        field(out, entry.object());
        field(out, entry.result());
        field(out, previousHash);
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
        out.write('\n');
    }
}
