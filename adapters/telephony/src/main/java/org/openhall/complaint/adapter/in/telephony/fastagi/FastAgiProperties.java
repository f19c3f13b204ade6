package org.openhall.complaint.adapter.in.telephony.fastagi;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FastAGI server ({@code openhall.telephony.fastagi.*}). Off unless enabled: a centre without
 * Asterisk opens no port.
 *
 * @param enabled          whether the server listens
 * @param bindAddress      the address to listen on; the loopback by default, since AGI has no
 *                         authentication — bind to the voice network's address only behind a firewall
 *                         that admits the Asterisk hosts alone
 * @param port             the TCP port, 4573 (FastAGI's registered port) by default; 0 picks a free one
 * @param maxSessions      calls served at once; more are refused (Asterisk then continues the
 *                         dial plan with {@code AGISTATUS=FAILURE}, which should route to an operator)
 * @param commandTimeout   how long to wait for Asterisk's answer to one command, key presses included
 * @param digitTimeout     how long the caller may pause while keying (GET DATA's timeout)
 * @param maxAttempts      misses (unknown number, wrong check, no input) before the caller is put
 *                         through to an operator
 * @param caseNumberGroups the lengths of the digit groups of a case number, joined by '-' — e.g.
 *                         6, 8, 5 for {@code 451381-20260302-00017}; empty when numbers are plain digits
 * @param callerMaxMisses  misses from one caller number across calls before its next calls go
 *                         straight to an operator (the public tracking's throttle, by caller number)
 * @param callerMissWindow how long a miss counts against the caller number
 */
@ConfigurationProperties("openhall.telephony.fastagi")
public record FastAgiProperties(@DefaultValue("false") boolean enabled, @DefaultValue("127.0.0.1") String bindAddress,
        @DefaultValue("4573") int port, @DefaultValue("50") int maxSessions,
        @DefaultValue("60s") Duration commandTimeout, @DefaultValue("8s") Duration digitTimeout,
        @DefaultValue("3") int maxAttempts, @DefaultValue({ "6", "8", "5" }) List<Integer> caseNumberGroups,
        @DefaultValue("10") int callerMaxMisses, @DefaultValue("10m") Duration callerMissWindow) {

    public FastAgiProperties {
        caseNumberGroups = List.copyOf(caseNumberGroups);
        if (maxAttempts < 1 || maxSessions < 1 || callerMaxMisses < 1) {
            throw new IllegalArgumentException("max-attempts, max-sessions and caller-max-misses must be at least 1");
        }
    }
}
