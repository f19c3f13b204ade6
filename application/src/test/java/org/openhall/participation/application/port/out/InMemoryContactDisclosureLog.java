package org.openhall.participation.application.port.out;

import java.util.ArrayList;
import java.util.List;

import org.openhall.participation.domain.ContactDisclosure;
import org.openhall.participation.domain.ContactHolder;

/** A {@link ContactDisclosureLog} in memory, for tests. */
public class InMemoryContactDisclosureLog implements ContactDisclosureLog {

    private final List<ContactDisclosure> entries = new ArrayList<>();

    @Override
    public synchronized void record(ContactDisclosure disclosure) {
        entries.add(disclosure);
    }

    @Override
    public synchronized List<ContactDisclosure> of(ContactHolder holder, String holderId) {
        return entries.stream().filter(e -> e.holder() == holder && e.holderId().equals(holderId)).toList();
    }
}
