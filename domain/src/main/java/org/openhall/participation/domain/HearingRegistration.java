package org.openhall.participation.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.participation.domain.problem.HearingRegistrationClosed;

/**
 * A registration for a hearing (听证报名): someone who wants to take part, with their contact and
 * what they would speak to. The organiser selects the representatives among the registrations.
 */
public final class HearingRegistration implements AggregateRoot<HearingRegistration, RegistrationId> {

    /** The longest statement taken, in characters. */
    public static final int STATEMENT_MAX = 2_000;

    private final RegistrationId id;
    private final HearingId hearingId;
    private final Registrant registrant;
    private final String statement;
    private final Instant registeredAt;
    private final LocalDate registeredOn;
    private final long version;

    private HearingRegistration(HearingRegistrationSnapshot s) {
        this.id = s.id();
        this.hearingId = s.hearingId();
        this.registrant = s.registrant();
        this.statement = s.statement();
        this.registeredAt = s.registeredAt();
        this.registeredOn = s.registeredOn();
        this.version = s.version();
    }

    /** Rebuilds a stored registration. */
    public static HearingRegistration restore(HearingRegistrationSnapshot snapshot) {
        return new HearingRegistration(snapshot);
    }

    /**
     * 报名: registers {@code registrant} for {@code hearing} today.
     *
     * @throws HearingRegistrationClosed outside the registration period
     */
    public static HearingRegistration register(RegistrationId id, Hearing hearing, Registrant registrant,
            String statement, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        hearing.requireRegistrationOpenOn(today);
        return new HearingRegistration(new HearingRegistrationSnapshot(id, hearing.getId(), registrant, statement, now,
                today, 0));
    }

    public HearingRegistrationSnapshot snapshot() {
        return new HearingRegistrationSnapshot(id, hearingId, registrant, statement, registeredAt, registeredOn,
                version);
    }

    @Override
    public RegistrationId getId() {
        return id;
    }

    public HearingId hearingId() {
        return hearingId;
    }

    /** The full contact: for the staff's audited reveal only, never for a public view. */
    public Registrant registrant() {
        return registrant;
    }

    public String statement() {
        return statement;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public long version() {
        return version;
    }
}
