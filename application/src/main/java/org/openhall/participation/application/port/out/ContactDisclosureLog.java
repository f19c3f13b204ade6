package org.openhall.participation.application.port.out;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.participation.domain.ContactDisclosure;
import org.openhall.participation.domain.ContactHolder;

/**
 * The append-only record of every reveal of a citizen's full contact data to staff: entries are added,
 * never changed or removed.
 */
@SecondaryPort
public interface ContactDisclosureLog {

    void record(ContactDisclosure disclosure);

    /** The reveals of one comment's or registration's contact, oldest first. */
    List<ContactDisclosure> of(ContactHolder holder, String holderId);
}
