package org.openhall.participation.application.port.in;

/**
 * A citizen's full contact data, revealed to the drafting department's staff; every reveal is recorded.
 *
 * @param phone {@code null} when the commenter gave none
 */
public record ContactView(String name, String phone) {

    /** Kept out of logs whatever logs a value. */
    @Override
    public String toString() {
        return "ContactView[…]";
    }
}
