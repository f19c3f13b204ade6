package org.openhall.audit.application.port.in;

import java.util.Optional;

import org.openhall.audit.domain.ChainHead;

/**
 * Fixes the chain head of the day before today (by the centre's clock). Idempotent: every instance
 * may run it, the first one's head stays.
 */
public interface PublishChainHeadUseCase {

    /** The previous day's head as published, or empty when no record was written up to that day's end. */
    Optional<ChainHead> publishPreviousDay();
}
