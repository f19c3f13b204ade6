package org.openhall.audit.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.openhall.audit.domain.ChainHead;

/** The published daily chain heads (每日链头), for anyone to read. */
public interface ChainHeadQuery {

    /** Every published head, newest day first, at most {@code limit}. */
    List<ChainHead> latest(int limit);

    Optional<ChainHead> of(LocalDate day);
}
