package org.openhall.complaint.application.port.out;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.openhall.complaint.domain.hotline.CallId;
import org.openhall.complaint.domain.hotline.HotlineCall;
import org.openhall.complaint.domain.hotline.HotlineCallSnapshot;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/** A {@link HotlineCallRepository} in memory, for tests; it keeps snapshots, never live aggregates. */
public class InMemoryHotlineCallRepository implements HotlineCallRepository {

    private final Map<CallId, HotlineCallSnapshot> calls = new LinkedHashMap<>();

    @Override
    public synchronized Optional<HotlineCall> findById(CallId id) {
        return Optional.ofNullable(calls.get(id)).map(HotlineCall::restore);
    }

    @Override
    public synchronized HotlineCall save(HotlineCall call) {
        HotlineCallSnapshot s = call.snapshot();
        HotlineCallSnapshot current = calls.get(s.id());
        if ((current == null ? 0 : current.version()) != s.version()) {
            throw new ConcurrentUpdate("hotline-call", s.id().value());
        }
        HotlineCallSnapshot stored = withVersion(s, s.version() + 1);
        calls.put(stored.id(), stored);
        return HotlineCall.restore(stored);
    }

    /** The snapshot as a store gives it back after a save. */
    public static HotlineCallSnapshot withVersion(HotlineCallSnapshot s, long version) {
        return new HotlineCallSnapshot(s.id(), s.callerNumber(), s.state(), s.agent(), s.ringingAt(), s.answeredAt(),
                s.endedAt(), s.recording(), s.ticketId(), version);
    }
}
