package org.openhall.servicecase.domain.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.domain.event.ConsultationAnswered;
import org.openhall.servicecase.domain.event.ConsultationBecameApplication;
import org.openhall.servicecase.domain.event.ConsultationRecorded;
import org.openhall.servicecase.domain.event.ConsultationReferralAcknowledged;
import org.openhall.servicecase.domain.event.ConsultationReferred;
import org.openhall.servicecase.domain.problem.ConsultationNotInExpectedState;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * A consultation (咨询): somebody asked the centre something — at a window, by phone or online —
 * and the clerk who first took the question answers for it (首问负责制) until it is answered,
 * becomes an application, or is handed over to the competent department (首问转办) and that
 * department signs for it (签收). A referral that nobody acknowledged stays with the referring
 * clerk, so that no enquiry falls between two departments.
 *
 * <p>Every step is recorded (留痕) as a {@link ConsultationTransition} and announced as an event;
 * both are collected here and taken by the repository and the publisher when the consultation is
 * stored.
 */
public final class Consultation implements AggregateRoot<Consultation, ConsultationId> {

    /** Free texts are bounded so that a pasted document is refused rather than stored. */
    public static final int MAX_TEXT = 2000;

    private final ConsultationId id;
    private final ConsultationChannel channel;
    private final Enquirer enquirer;
    private final String question;
    private final ApprovalItemCode itemCode;
    private final DepartmentCode originDepartment;
    private final String firstContactClerk;
    private final Instant recordedAt;
    private final long version;

    private DepartmentCode department;
    private String responsibleClerk;
    private ConsultationState state;
    private String answer;
    private String answeredBy;
    private Instant closedAt;
    private String caseId;
    private String caseNumber;
    private Referral referral;
    private int transitionCount;

    private final List<DomainEvent> pendingEvents = new ArrayList<>();
    private final List<ConsultationTransition> pendingTransitions = new ArrayList<>();

    private Consultation(ConsultationSnapshot s) {
        this.id = s.id();
        this.channel = s.channel();
        this.enquirer = s.enquirer();
        this.question = s.question();
        this.itemCode = s.itemCode();
        this.department = s.department();
        this.originDepartment = s.originDepartment();
        this.firstContactClerk = s.firstContactClerk();
        this.responsibleClerk = s.responsibleClerk();
        this.state = s.state();
        this.recordedAt = s.recordedAt();
        this.answer = s.answer();
        this.answeredBy = s.answeredBy();
        this.closedAt = s.closedAt();
        this.caseId = s.caseId();
        this.caseNumber = s.caseNumber();
        this.referral = s.referral();
        this.transitionCount = s.transitionCount();
        this.version = s.version();
    }

    /** Rebuilds a stored consultation; records no event and no transition. */
    public static Consultation restore(ConsultationSnapshot snapshot) {
        return new Consultation(snapshot);
    }

    /**
     * 咨询登记: {@code clerk} records an enquiry and becomes responsible for it.
     *
     * @param itemCode the item asked about, or {@code null} when the question is not about one
     * @throws InvalidValue when a field is missing or too long, or the clerk belongs to no department
     */
    public static Consultation record(ConsultationId id, ConsultationChannel channel, Enquirer enquirer,
            String question, ApprovalItemCode itemCode, Actor clerk, Clock clock) {
        if (channel == null) {
            throw new InvalidValue("channel", "must be WINDOW, PHONE or ONLINE");
        }
        if (enquirer == null) {
            throw new InvalidValue("enquirer", "must not be missing");
        }
        if (clerk.department() == null) {
            throw new InvalidValue("department", "the first-contact clerk must belong to a department");
        }
        Instant now = clock.instant();
        Consultation c = new Consultation(new ConsultationSnapshot(id, channel, enquirer, text("question", question),
                itemCode, clerk.department(), clerk.department(), clerk.username(), clerk.username(),
                ConsultationState.OPEN, now, null, null, null, null, null, null, 0, 0));
        c.recordTransition(ConsultationAction.RECORD, null, clerk, now, null);
        c.pendingEvents.add(new ConsultationRecorded(id.toString(), clerk.department().value(), channel.name(),
                itemCode == null ? null : itemCode.value(), clerk.username(), now));
        return c;
    }

    /** 答复: the responsible department answers; the consultation is closed. */
    public void answer(String answerText, Actor clerk, Clock clock) {
        ConsultationState from = require(ConsultationAction.ANSWER, ConsultationState.OPEN,
                ConsultationState.ACKNOWLEDGED);
        String text = text("answer", answerText);
        Instant now = clock.instant();
        this.answer = text;
        this.answeredBy = clerk.username();
        this.responsibleClerk = clerk.username();
        close(ConsultationState.ANSWERED, now);
        recordTransition(ConsultationAction.ANSWER, from, clerk, now, null);
        pendingEvents.add(new ConsultationAnswered(id.toString(), department.value(), clerk.username(), now));
    }

    /**
     * Checks that the consultation can still become an application, before the case is created:
     * a case must not be created for a consultation that cannot record it.
     */
    public void requireOpenForApplication() {
        require(ConsultationAction.APPLY, ConsultationState.OPEN, ConsultationState.ACKNOWLEDGED);
    }

    /** 转申请: the enquiry was received as the case {@code caseNumber}; the consultation is closed. */
    public void becameApplication(String newCaseId, String newCaseNumber, Actor clerk, Clock clock) {
        ConsultationState from = require(ConsultationAction.APPLY, ConsultationState.OPEN,
                ConsultationState.ACKNOWLEDGED);
        if (newCaseId == null || newCaseNumber == null) {
            throw new InvalidValue("caseId", "the case the consultation became must be named");
        }
        Instant now = clock.instant();
        this.caseId = newCaseId;
        this.caseNumber = newCaseNumber;
        this.responsibleClerk = clerk.username();
        close(ConsultationState.BECAME_APPLICATION, now);
        recordTransition(ConsultationAction.APPLY, from, clerk, now, newCaseNumber);
        pendingEvents.add(new ConsultationBecameApplication(id.toString(), department.value(), newCaseId,
                newCaseNumber, clerk.username(), now));
    }

    /**
     * 首问转办: hands the enquiry to the competent department with a reason. The referring clerk
     * stays responsible until that department acknowledges it.
     *
     * @throws InvalidValue when {@code to} is the department already responsible or the reason is blank
     */
    public void refer(DepartmentCode to, String reason, Actor clerk, Clock clock) {
        ConsultationState from = require(ConsultationAction.REFER, ConsultationState.OPEN,
                ConsultationState.ACKNOWLEDGED);
        if (to == null) {
            throw new InvalidValue("department", "must name the competent department");
        }
        if (to.equals(department)) {
            throw new InvalidValue("department", "must be another department than the one responsible now");
        }
        String why = text("reason", reason);
        Instant now = clock.instant();
        this.referral = new Referral(department, to, why, clerk.username(), now, null, null);
        DepartmentCode referring = department;
        this.department = to;
        this.responsibleClerk = clerk.username();
        this.state = ConsultationState.REFERRED;
        recordTransition(ConsultationAction.REFER, from, clerk, now, to.value() + ": " + why);
        pendingEvents.add(new ConsultationReferred(id.toString(), referring.value(), to.value(), clerk.username(),
                now));
    }

    /** 签收: a clerk of the department referred to signs for the enquiry and becomes responsible for it. */
    public void acknowledgeReferral(Actor clerk, Clock clock) {
        ConsultationState from = require(ConsultationAction.ACKNOWLEDGE_REFERRAL, ConsultationState.REFERRED);
        Instant now = clock.instant();
        this.referral = referral.acknowledge(clerk.username(), now);
        this.responsibleClerk = clerk.username();
        this.state = ConsultationState.ACKNOWLEDGED;
        recordTransition(ConsultationAction.ACKNOWLEDGE_REFERRAL, from, clerk, now, null);
        pendingEvents.add(new ConsultationReferralAcknowledged(id.toString(), department.value(), clerk.username(),
                now));
    }

    /**
     * The department that hands the enquiry over while a referral waits for acknowledgement: it
     * still sees it in its list (its clerk is still responsible).
     */
    public Optional<DepartmentCode> referringDepartment() {
        return state == ConsultationState.REFERRED ? Optional.of(referral.from()) : Optional.empty();
    }

    /**
     * Whether {@code actor} may see the consultation: staff of the department responsible now, of
     * the first-contact clerk's department and of a department that referred it on.
     */
    public boolean visibleTo(Actor actor) {
        return actor.mayActFor(department) || actor.mayActFor(originDepartment)
                || referral != null && actor.mayActFor(referral.from());
    }

    public ConsultationSnapshot snapshot() {
        return new ConsultationSnapshot(id, channel, enquirer, question, itemCode, department, originDepartment,
                firstContactClerk, responsibleClerk, state, recordedAt, answer, answeredBy, closedAt, caseId,
                caseNumber, referral, transitionCount, version);
    }

    /** The events recorded since the last call; the list is emptied. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    /** The transitions recorded since the last call; the list is emptied. */
    public List<ConsultationTransition> pullTransitions() {
        List<ConsultationTransition> transitions = List.copyOf(pendingTransitions);
        pendingTransitions.clear();
        return transitions;
    }

    @Override
    public ConsultationId getId() {
        return id;
    }

    public ConsultationState state() {
        return state;
    }

    public DepartmentCode department() {
        return department;
    }

    public DepartmentCode originDepartment() {
        return originDepartment;
    }

    public String responsibleClerk() {
        return responsibleClerk;
    }

    public Optional<Referral> referral() {
        return Optional.ofNullable(referral);
    }

    public long version() {
        return version;
    }

    private ConsultationState require(ConsultationAction action, ConsultationState... allowed) {
        Set<ConsultationState> states = EnumSet.of(allowed[0], allowed);
        if (!states.contains(state)) {
            throw new ConsultationNotInExpectedState(action, state);
        }
        return state;
    }

    private void close(ConsultationState closedState, Instant at) {
        this.state = closedState;
        this.closedAt = at;
    }

    private void recordTransition(ConsultationAction action, ConsultationState from, Actor actor, Instant at,
            String note) {
        transitionCount++;
        pendingTransitions.add(new ConsultationTransition(id, transitionCount, action, from, state, actor.username(),
                actor.department() == null ? null : actor.department().value(), actor.actingFor(), at, note));
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidValue(field, "must be at most " + MAX_TEXT + " characters");
        }
        return stripped;
    }
}
