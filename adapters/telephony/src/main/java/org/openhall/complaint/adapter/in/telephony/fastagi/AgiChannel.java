package org.openhall.complaint.adapter.in.telephony.fastagi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.net.SocketTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One FastAGI conversation with Asterisk, command by command: a line out, a reply line back.
 * Asterisk tells of a hang-up with a {@code HANGUP} line, a 511 or a result of -1; each ends
 * the script with {@link AgiHangup}.
 */
final class AgiChannel {

    private final BufferedReader in;
    private final Writer out;

    AgiChannel(BufferedReader in, Writer out) {
        this.in = in;
        this.out = out;
    }

    /** Reads the {@code agi_*: value} lines up to the blank line that ends them. */
    AgiRequest readRequest() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                variables.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return new AgiRequest(variables);
    }

    /** Sends one command and waits for its reply. */
    AgiReply send(String command) {
        try {
            out.write(command);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new AgiHangup("Asterisk closed the connection: " + e.getMessage());
        }
        String line = readLine();
        if (line.equals("HANGUP")) {
            throw new AgiHangup("the caller hung up");
        }
        AgiReply reply = AgiReply.parse(line);
        if (line.startsWith(reply.code() + "-")) {
            // A 520 usage text runs over several lines, up to "520 End of proper usage."
            String last = line;
            while (!last.startsWith(reply.code() + " ")) {
                last = readLine();
            }
        }
        if (reply.channelGone()) {
            throw new AgiHangup("the channel is gone: " + line);
        }
        if (!reply.succeeded()) {
            throw new IllegalStateException("Asterisk refused \"" + command + "\": " + line);
        }
        return reply;
    }

    void answer() {
        send("ANSWER");
    }

    /** Plays a recorded prompt to the end; no key interrupts it. */
    void streamFile(String prompt) {
        send("STREAM FILE " + prompt + " \"\"");
    }

    /**
     * Plays {@code prompt} and collects up to {@code maxDigits} keys ({@code #} ends early).
     *
     * @return the keys pressed, empty when none before the timeout
     */
    Optional<String> getData(String prompt, long timeoutMillis, int maxDigits) {
        String digits = send("GET DATA " + prompt + " " + timeoutMillis + " " + maxDigits).result();
        return digits.isEmpty() ? Optional.empty() : Optional.of(digits);
    }

    /** Reads a day as the channel's language says dates, from the epoch second of its midnight. */
    void sayDate(long epochSecond) {
        send("SAY DATE " + epochSecond + " \"\"");
    }

    void setVariable(String name, String value) {
        send("SET VARIABLE " + name + " \"" + value + "\"");
    }

    private String readLine() {
        try {
            String line = in.readLine();
            if (line == null) {
                throw new AgiHangup("Asterisk closed the connection");
            }
            return line;
        } catch (SocketTimeoutException e) {
            throw new AgiHangup("Asterisk did not answer in time");
        } catch (IOException e) {
            throw new AgiHangup("the connection broke: " + e.getMessage());
        }
    }
}
