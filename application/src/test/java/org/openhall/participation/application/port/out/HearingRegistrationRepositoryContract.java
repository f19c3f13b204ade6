package org.openhall.participation.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.participation.domain.ParticipationFixtures.CALENDAR;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;
import static org.openhall.participation.domain.ParticipationFixtures.LI_SI;
import static org.openhall.participation.domain.ParticipationFixtures.WANG_WU;
import static org.openhall.participation.domain.ParticipationFixtures.announcement;
import static org.openhall.participation.domain.ParticipationFixtures.draftPublishedOn;
import static org.openhall.participation.domain.ParticipationFixtures.on;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.participation.domain.DraftDecision;
import org.openhall.participation.domain.Hearing;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingNoticePeriods;
import org.openhall.participation.domain.HearingRegistration;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/**
 * What every {@link HearingRegistrationRepository} must do, whatever it stores registrations in. A
 * subclass hands in an empty repository for each test.
 */
public abstract class HearingRegistrationRepositoryContract {

    private final DraftDecision draft = draftPublishedOn("2026-09-20", 30);
    private final Hearing hearing = announced();
    private final Hearing otherHearing = announced();
    private HearingRegistrationRepository registrations;

    /** An empty repository; called before each test. */
    protected abstract HearingRegistrationRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        registrations = emptyRepository();
    }

    private Hearing announced() {
        return Hearing.announce(HearingId.random(), draft, announcement("2026-10-10", "2026-09-30"),
                HearingNoticePeriods.defaults(), DRAFTER, CALENDAR, on("2026-09-20"));
    }

    private static HearingRegistration register(Hearing hearing, String date, String statement) {
        return HearingRegistration.register(RegistrationId.random(), hearing, LI_SI, statement, on(date));
    }

    @Test
    public void aRegistrationIsStoredAsVersionOneAndReadBackWithItsContactAndStatement() {
        HearingRegistration fresh = HearingRegistration.register(RegistrationId.random(), hearing, WANG_WU,
                "停车场经营者代表", on("2026-09-21"));
        HearingRegistration silent = register(hearing, "2026-09-22", null);

        HearingRegistration stored = registrations.save(fresh);
        registrations.save(silent);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.snapshot()).isEqualTo(Versions.withVersion(fresh.snapshot(), 1));
        assertThat(registrations.findById(fresh.getId())).map(HearingRegistration::snapshot)
                .contains(Versions.withVersion(fresh.snapshot(), 1));
        assertThat(registrations.findById(silent.getId())).get()
                .satisfies(r -> assertThat(r.statement()).isNull());
    }

    @Test
    public void storingTheSameRegistrationTwiceIsAConcurrentUpdate() {
        HearingRegistration fresh = register(hearing, "2026-09-21", null);
        registrations.save(fresh);

        assertThatThrownBy(() -> registrations.save(HearingRegistration.restore(fresh.snapshot())))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThat(registrations.findById(RegistrationId.random())).isEmpty();
    }

    @Test
    public void aHearingsRegistrationsAreListedInTheOrderTheyCameIn() {
        HearingRegistration late = register(hearing, "2026-09-29", "三");
        HearingRegistration early = register(hearing, "2026-09-21", "一");
        HearingRegistration elsewhere = register(otherHearing, "2026-09-22", "别处");
        registrations.save(late);
        registrations.save(elsewhere);
        registrations.save(early);

        assertThat(registrations.findByHearing(hearing.getId())).extracting(HearingRegistration::getId)
                .containsExactly(early.getId(), late.getId());
        assertThat(registrations.findByHearing(otherHearing.getId())).extracting(HearingRegistration::getId)
                .containsExactly(elsewhere.getId());
    }
}
