package org.openhall.complaint.adapter.in.telephony.fastagi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays Asterisk's side of FastAGI over a real socket, as {@code AGI(agi://host:port/ivr)} does: it
 * connects, sends the call's {@code agi_*} environment and a blank line, then reads each command
 * line and answers it the way Asterisk 20 does — {@code 200 result=0 endpos=…} for a prompt
 * played, {@code 200 result=<keys>} or {@code 200 result= (timeout)} for GET DATA, {@code 200
 * result=1} for SET VARIABLE. A caller who hangs up is told with a {@code HANGUP} line and
 * {@code result=-1}, as Asterisk does. The keypad holds what the caller keys, one entry per GET DATA.
 */
public final class AsteriskSimulator {

    private final int port;
    private String script = "ivr";
    private String callerId = "13800138000";
    private int hangUpAtCommand = Integer.MAX_VALUE;

    public AsteriskSimulator(int port) {
        this.port = port;
    }

    public AsteriskSimulator script(String name) {
        this.script = name;
        return this;
    }

    public AsteriskSimulator callerId(String number) {
        this.callerId = number;
        return this;
    }

    /** The caller hangs up while the {@code n}-th command (from 1) is carried out. */
    public AsteriskSimulator hangUpAtCommand(int n) {
        this.hangUpAtCommand = n;
        return this;
    }

    /** One call from start to the end of the AGI; {@code keys} are keyed at successive GET DATAs. */
    public Call call(String... keys) {
        Deque<String> keypad = new ArrayDeque<>(List.of(keys));
        List<String> commands = new ArrayList<>();
        Map<String, String> variables = new LinkedHashMap<>();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            // A safety net against a server that never answers, not a measurement.
            socket.setSoTimeout(20_000);
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1);
            out.write(environment());
            out.flush();
            boolean hungUp = false;
            for (String command = in.readLine(); command != null; command = in.readLine()) {
                commands.add(command);
                if (hungUp) {
                    out.write("511 Command Not Permitted on a dead channel or intercept routine\n");
                } else if (commands.size() == hangUpAtCommand) {
                    hungUp = true;
                    out.write("HANGUP\n200 result=-1\n");
                } else {
                    out.write(answer(command, keypad, variables) + "\n");
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Call(List.copyOf(commands), Map.copyOf(variables), keypad.size());
    }

    private String environment() {
        return """
                agi_network: yes
                agi_network_script: %s
                agi_request: agi://127.0.0.1:%d/%s
                agi_channel: PJSIP/carrier-0000002a
                agi_language: zh
                agi_type: PJSIP
                agi_uniqueid: 1772416800.42
                agi_version: 20.5.0
                agi_callerid: %s
                agi_calleridname: unknown
                agi_callingpres: 0
                agi_callingani2: 0
                agi_callington: 0
                agi_callingtns: 0
                agi_dnid: 12345
                agi_rdnis: unknown
                agi_context: hotline-ivr
                agi_extension: s
                agi_priority: 2
                agi_enhanced: 0.0
                agi_accountcode:\s
                agi_threadid: 140523187308224

                """.formatted(script, port, script, callerId);
    }

    private static String answer(String command, Deque<String> keypad, Map<String, String> variables) {
        if (command.equals("ANSWER")) {
            return "200 result=0";
        }
        if (command.startsWith("STREAM FILE ")) {
            return "200 result=0 endpos=16000";
        }
        if (command.startsWith("SAY DATE ")) {
            return "200 result=0";
        }
        if (command.startsWith("GET DATA ")) {
            String keys = keypad.isEmpty() ? "" : keypad.removeFirst();
            return keys.isEmpty() ? "200 result= (timeout)" : "200 result=" + keys;
        }
        if (command.startsWith("SET VARIABLE ")) {
            String[] parts = command.substring("SET VARIABLE ".length()).split(" ", 2);
            variables.put(parts[0], parts[1].replace("\"", ""));
            return "200 result=1";
        }
        return "510 Invalid or unknown command";
    }

    /**
     * What happened on one call.
     *
     * @param commands     every command line the server sent, in order
     * @param variables    the channel variables it set
     * @param keysUnused   keypad entries never asked for
     */
    public record Call(List<String> commands, Map<String, String> variables, int keysUnused) {

        /** The prompts played, in order. */
        public List<String> prompts() {
            return commands.stream().filter(c -> c.startsWith("STREAM FILE ") || c.startsWith("GET DATA "))
                    .map(c -> c.split(" ")[2]).toList();
        }
    }
}
