package org.openhall.supervision.application.service;

import java.util.EnumSet;
import java.util.Optional;

import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;

/**
 * The case of a feed event (上报办件信息) as the servicecase context shows it to a supervisor: every
 * department, personal data masked.
 */
final class FeedCases {

    /** The feed reads cases as a supervisor would: every department, personal data masked. */
    static final Actor FEED = new Actor("supervision-feed", EnumSet.of(Role.SUPERVISOR), null, "监察数据上报");

    private final ServiceCaseQuery cases;

    FeedCases(ServiceCaseQuery cases) {
        this.cases = cases;
    }

    /**
     * The case as it stands for the caller's transaction, or empty when the servicecase context knows
     * none under that id — a warning about a disclosure entry, say: the event then goes out with its own
     * fields only rather than never.
     */
    Optional<CaseView> read(String caseId) {
        ServiceCaseId id;
        try {
            id = ServiceCaseId.of(caseId);
        } catch (InvalidValue notACaseId) {
            return Optional.empty();
        }
        // find, not get: an unknown case must not mark the caller's transaction for rollback — the
        // change that raised a warning, or the relay's round, whose marks would be undone and its batch
        // sent again.
        return cases.find(FEED, id);
    }
}
