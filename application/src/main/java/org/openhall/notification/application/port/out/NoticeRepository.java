package org.openhall.notification.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.notification.application.port.in.NoticeFilter;
import org.openhall.notification.domain.Notice;
import org.openhall.notification.domain.NoticeId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where notices are kept, with the per-number daily counters of the rate limit. */
@SecondaryPort
public interface NoticeRepository {

    /**
     * Holds, until the caller's transaction ends, the right to create notice {@code id}: a second
     * delivery of the same case event, running at the same moment (two instances resubmitting the same
     * publication), waits here and then finds the notice, rather than taking a second daily slot for a
     * notice it could not insert. A store that serves one caller at a time needs to do nothing.
     */
    default void holdCreation(NoticeId id) {
    }

    /** Stores a new notice; {@code false} (nothing written) when a notice with its id exists already. */
    boolean insert(Notice notice);

    /**
     * Stores a changed notice if nobody changed it since it was read.
     *
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when the stored version moved on
     */
    void update(Notice notice);

    Optional<Notice> findById(NoticeId id);

    Optional<Notice> findByGatewayMessageId(String messageId);

    /**
     * Up to {@code limit} notices due at {@code now} (PENDING, DEFERRED or UNCERTAIN), oldest due first,
     * locked for the caller's transaction; notices another dispatcher holds are skipped, never waited for.
     */
    List<Notice> lockDue(Instant now, int limit);

    /**
     * Takes one of the {@code limit} daily slots of (number, template) on {@code day}; {@code false}
     * when all are taken. Concurrent callers never take more than {@code limit}.
     */
    boolean takeDailySlot(String mobile, String templateKey, LocalDate day, int limit);

    Page<Notice> findAll(NoticeFilter filter, PageRequest page);
}
