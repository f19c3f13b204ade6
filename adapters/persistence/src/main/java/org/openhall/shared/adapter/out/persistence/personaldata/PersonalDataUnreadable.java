package org.openhall.shared.adapter.out.persistence.personaldata;

/**
 * A stored personal value could not be opened: its key is no longer configured, it is malformed, or
 * its authentication tag does not match (the value or its header was changed in the database).
 * Never carries the value itself.
 */
public class PersonalDataUnreadable extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public PersonalDataUnreadable(String reason) {
        super("Personal data cannot be opened: " + reason);
    }

    public PersonalDataUnreadable(String reason, Throwable cause) {
        super("Personal data cannot be opened: " + reason, cause);
    }
}
