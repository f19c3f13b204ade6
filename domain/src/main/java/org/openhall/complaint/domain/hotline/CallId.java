package org.openhall.complaint.domain.hotline;

import java.util.regex.Pattern;

import org.jmolecules.ddd.types.Identifier;
import org.openhall.shared.domain.InvalidValue;

/**
 * The call-centre's own identifier of one hotline call (通话流水号), e.g. Asterisk's
 * {@code uniqueid} {@code 1772416800.42} or a vendor CTI's call UUID. The telephony system numbers
 * calls, not OpenHall: every event of a call carries it, so it identifies the call here too.
 */
public record CallId(String value) implements Identifier {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._:@-]{0,63}");

    public CallId {
        if (value == null || !FORMAT.matcher(value.strip()).matches()) {
            throw new InvalidValue("callId", "must be 1 to 64 letters, digits, '.', '_', ':', '@' or '-'");
        }
        value = value.strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
