package org.openhall.audit.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.openhall.audit.domain.ChainHead;

/** The published chain heads; a day's head, once stored, is never replaced. */
public interface ChainHeadRepository {

    /** Stores {@code head} unless its day has one already; returns the day's head as stored. */
    ChainHead saveIfAbsent(ChainHead head);

    List<ChainHead> latest(int limit);

    Optional<ChainHead> of(LocalDate day);
}
