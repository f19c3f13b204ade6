package org.openhall.participation.adapter.in.web;

/**
 * A citizen's full contact, for the staff member who asked; the reveal is recorded.
 *
 * @param phone {@code null} when the commenter gave none
 */
public record ContactResponse(String name, String phone) {

    @Override
    public String toString() {
        // Personal data stays out of logs, whatever logs a response.
        return "ContactResponse[…]";
    }
}
