package org.openhall.complaint.adapter.in.telephony.fastagi;

import java.util.Map;

/**
 * The environment Asterisk sends when a call enters {@code AGI(agi://host:port/script)}: the
 * {@code agi_*} variables, e.g. {@code agi_network_script: ivr}, {@code agi_callerid: 13800138000},
 * {@code agi_uniqueid: 1772416800.42}.
 */
record AgiRequest(Map<String, String> variables) {

    AgiRequest {
        variables = Map.copyOf(variables);
    }

    /** The script named in the AGI address's path, without slashes; empty when none. */
    String script() {
        String script = variables.getOrDefault("agi_network_script", "");
        return script.replaceAll("^/+|/+$", "");
    }

    /** The caller's number, or {@code "unknown"} when withheld (Asterisk's own word for it). */
    String callerId() {
        String id = variables.getOrDefault("agi_callerid", "").strip();
        return id.isEmpty() ? "unknown" : id;
    }

    String uniqueId() {
        return variables.getOrDefault("agi_uniqueid", "");
    }
}
