package org.openhall.complaint.domain.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.openhall.complaint.domain.rating.problem.RectificationClosed;
import org.openhall.complaint.domain.rating.problem.RectificationNotReplied;
import org.openhall.complaint.domain.rating.problem.ReturnVisitRequired;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * 整改单: opened by every bad rating for whoever handled the service. The handling department replies
 * with its rectification within {@code rating.rectification.working-days} working days; a real-name
 * rater is called back (回访) within {@code rating.return-visit.working-days}; the centre then closes it.
 * Both limits count from the day after the rating (the rating's day is day 0) on the shared calendar.
 */
@AggregateRoot
public final class Rectification {

    @Identity
    private final UUID id;
    private final UUID ratingId;
    private final String number;
    private final String department;
    private final List<String> assignees;
    private final boolean realName;
    private final LocalDate openedOn;
    private final LocalDate dueOn;
    private final LocalDate returnVisitDueOn;
    private RectificationReply reply;
    private ReturnVisit returnVisit;
    private String closedBy;
    private Instant closedAt;
    private final long version;

    /** As stored; {@link #open} opens a new one. */
    public Rectification(UUID id, UUID ratingId, String number, String department, List<String> assignees,
            boolean realName, LocalDate openedOn, LocalDate dueOn, LocalDate returnVisitDueOn,
            RectificationReply reply, ReturnVisit returnVisit, String closedBy, Instant closedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.ratingId = Objects.requireNonNull(ratingId, "ratingId");
        this.number = Objects.requireNonNull(number, "number");
        this.department = Objects.requireNonNull(department, "department");
        this.assignees = List.copyOf(assignees);
        this.realName = realName;
        this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.returnVisitDueOn = returnVisitDueOn;
        this.reply = reply;
        this.returnVisit = returnVisit;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.version = version;
    }

    /**
     * The rectification of the bad {@code rating} of {@code service}, opened on {@code openedOn} (day 0):
     * due after {@code workingDays} working days, its return visit (real-name raters only) after
     * {@code returnVisitWorkingDays}.
     */
    public static Rectification open(UUID id, Rating rating, RatedService service, LocalDate openedOn,
            WorkingDayCalendar calendar, int workingDays, int returnVisitWorkingDays) {
        if (!rating.bad()) {
            throw new IllegalArgumentException("only a bad rating opens a rectification");
        }
        LocalDate visitDue = rating.realName() ? calendar.addWorkingDays(openedOn, returnVisitWorkingDays) : null;
        return new Rectification(id, rating.id(), service.number(), service.department(), service.handlers(),
                rating.realName(), openedOn, calendar.addWorkingDays(openedOn, workingDays), visitDue, null, null,
                null, null, 0);
    }

    /** The handling department's reply; a later reply replaces an earlier one until the order is closed. */
    public void reply(RectificationReply reply) {
        requireOpen();
        this.reply = Objects.requireNonNull(reply, "reply");
    }

    /** Records the call back to the rater. */
    public void recordReturnVisit(ReturnVisit visit) {
        requireOpen();
        this.returnVisit = Objects.requireNonNull(visit, "visit");
    }

    /** 办结: needs the reply and, for a real-name rater, the return visit. */
    public void close(String by, Instant at) {
        requireOpen();
        if (reply == null) {
            throw new RectificationNotReplied(id);
        }
        if (realName && returnVisit == null) {
            throw new ReturnVisitRequired(id);
        }
        this.closedBy = Objects.requireNonNull(by, "by");
        this.closedAt = Objects.requireNonNull(at, "at");
    }

    /** Whether the rectification is still open after its due day. */
    public boolean overdueOn(LocalDate today) {
        return !closed() && today.isAfter(dueOn);
    }

    public boolean closed() {
        return closedAt != null;
    }

    private void requireOpen() {
        if (closed()) {
            throw new RectificationClosed(id);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID ratingId() {
        return ratingId;
    }

    public String number() {
        return number;
    }

    public String department() {
        return department;
    }

    public List<String> assignees() {
        return assignees;
    }

    public boolean realName() {
        return realName;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate returnVisitDueOn() {
        return returnVisitDueOn;
    }

    public RectificationReply reply() {
        return reply;
    }

    public ReturnVisit returnVisit() {
        return returnVisit;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
