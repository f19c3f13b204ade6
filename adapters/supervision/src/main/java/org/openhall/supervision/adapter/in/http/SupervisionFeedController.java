package org.openhall.supervision.adapter.in.http;

import java.time.LocalDate;

import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.application.port.in.ReplaySupervisionFeedCommand;
import org.openhall.supervision.application.port.in.ReplaySupervisionFeedUseCase;
import org.openhall.supervision.application.port.in.SupervisionFeedReplayView;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/supervision-feed/replay}: sends the monitoring feed of a period again (补传),
 * for supervisors and administrators.
 */
@RestController
@RequestMapping("/api/v1/supervision-feed")
class SupervisionFeedController {

    private final ReplaySupervisionFeedUseCase replay;

    SupervisionFeedController(ReplaySupervisionFeedUseCase replay) {
        this.replay = replay;
    }

    @PostMapping("/replay")
    ReplayResponse replay(Actor actor, @RequestBody ReplayRequest request) {
        SupervisionFeedReplayView view = replay.replay(
                new ReplaySupervisionFeedCommand(actor, request.from(), request.to()));
        return new ReplayResponse(view.from(), view.to(), view.events(), view.transport());
    }

    /** The days to send again, both included. */
    record ReplayRequest(LocalDate from, LocalDate to) {
    }

    /** How many events went out again. */
    record ReplayResponse(LocalDate from, LocalDate to, int events, String transport) {
    }
}
