package org.openhall.complaint.adapter.in.telephony.fastagi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asterisk's answer to one AGI command, e.g. {@code 200 result=0 endpos=12800} or
 * {@code 200 result=4513 (timeout)}.
 *
 * @param code   200 for success; 510 unknown command, 511 dead channel, 520 usage
 * @param result the {@code result=} value, empty when there is none
 * @param data   what follows the result, e.g. {@code (timeout)} or {@code endpos=12800}
 */
record AgiReply(int code, String result, String data) {

    private static final Pattern LINE = Pattern.compile("(\\d{3})[ -](?:result=(\\S*))?\\s*(.*)");

    static AgiReply parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException("not an AGI reply: " + line);
        }
        return new AgiReply(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2), m.group(3).strip());
    }

    boolean succeeded() {
        return code == 200;
    }

    /** A result of -1 means the channel failed or was hung up during the command. */
    boolean channelGone() {
        return code == 511 || "-1".equals(result);
    }
}
