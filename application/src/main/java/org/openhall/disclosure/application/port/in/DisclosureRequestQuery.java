package org.openhall.disclosure.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.time.DeadlineExplanation;

/** Reads requests for information: disclosure officers and supervisors. */
@PrimaryPort
public interface DisclosureRequestQuery {

    DisclosureRequestView get(Actor actor, DisclosureRequestId id);

    /** Newest first. */
    Page<DisclosureRequestView> list(Actor actor, DisclosureRequestFilter filter, PageRequest page);

    /**
     * The running requests past their reply day today; requests awaiting confirmation or correction and
     * withdrawn ones are never among them.
     */
    List<DisclosureRequestView> overdue(Actor actor);

    /** The reply period day by day, pauses for consultations included. */
    DeadlineExplanation explainReplyDeadline(Actor actor, DisclosureRequestId id);

    /** The letter of a replied request. */
    ReplyLetterView replyLetter(Actor actor, DisclosureRequestId id);

    /** The request's audit trail (留痕), in order. */
    List<AuditRecord> history(Actor actor, DisclosureRequestId id);
}
