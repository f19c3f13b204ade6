package org.openhall.notification.adapter.out.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into UCS-2 short messages: one message of up to 140 bytes (70 characters), or
 * concatenated segments of 134 bytes (67 characters) each behind a 6-byte user data header
 * (IEI 0x00, 8-bit reference; 3GPP TS 23.040 §9.2.3.24.1). A surrogate pair is never cut.
 */
final class Ucs2Segments {

    static final int SINGLE_BYTES = 140;
    static final int SEGMENT_BYTES = 134;

    private Ucs2Segments() {
    }

    /** The short_message payloads; when more than one, each starts with its UDH. */
    static List<byte[]> of(String text, int reference) {
        byte[] ucs2 = text.getBytes(StandardCharsets.UTF_16BE);
        if (ucs2.length <= SINGLE_BYTES) {
            return List.of(ucs2);
        }
        List<byte[]> chunks = new ArrayList<>();
        int start = 0;
        while (start < ucs2.length) {
            int end = Math.min(start + SEGMENT_BYTES, ucs2.length);
            if (end < ucs2.length && Character.isHighSurrogate(charAt(ucs2, end - 2))) {
                end -= 2;
            }
            byte[] chunk = new byte[end - start];
            System.arraycopy(ucs2, start, chunk, 0, chunk.length);
            chunks.add(chunk);
            start = end;
        }
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            byte[] chunk = chunks.get(i);
            byte[] part = new byte[6 + chunk.length];
            part[0] = 0x05; // UDH length
            part[1] = 0x00; // concatenated short messages, 8-bit reference
            part[2] = 0x03; // its length
            part[3] = (byte) reference;
            part[4] = (byte) chunks.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(chunk, 0, part, 6, chunk.length);
            parts.add(part);
        }
        return parts;
    }

    private static char charAt(byte[] ucs2, int offset) {
        return (char) (((ucs2[offset] & 0xff) << 8) | (ucs2[offset + 1] & 0xff));
    }
}
