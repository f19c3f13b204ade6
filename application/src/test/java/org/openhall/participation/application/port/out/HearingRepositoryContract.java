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

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.participation.domain.DraftDecision;
import org.openhall.participation.domain.Hearing;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingMaterial;
import org.openhall.participation.domain.HearingNoticePeriods;
import org.openhall.participation.domain.HearingRegistration;
import org.openhall.participation.domain.HearingSnapshot;
import org.openhall.participation.domain.HearingStage;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/**
 * What every {@link HearingRepository} must do, whatever it stores hearings in. A subclass hands in an
 * empty repository for each test.
 */
public abstract class HearingRepositoryContract {

    private static final HearingNoticePeriods PERIODS = new HearingNoticePeriods(20, 10, 7);

    private final DraftDecision draft = draftPublishedOn("2026-09-20", 30);
    private HearingRepository hearings;

    /** An empty repository; called before each test. */
    protected abstract HearingRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        hearings = emptyRepository();
    }

    private Hearing announced(DraftDecision on, String heldOn, String closes) {
        return Hearing.announce(HearingId.random(), on, announcement(heldOn, closes), PERIODS, DRAFTER, CALENDAR,
                on("2026-09-20"));
    }

    @Test
    public void aNewHearingIsStoredAsVersionOneAndReadBackWithItsAnnouncementAndPeriods() {
        Hearing fresh = announced(draft, "2026-10-10", "2026-09-30");
        HearingSnapshot asAnnounced = fresh.snapshot();

        Hearing stored = hearings.save(fresh);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.snapshot()).isEqualTo(Versions.withVersion(asAnnounced, 1));
        assertThat(hearings.findById(fresh.getId())).map(Hearing::snapshot)
                .contains(Versions.withVersion(asAnnounced, 1));
    }

    @Test
    public void everyStageSurvivesStoringAndLoadingWithRepresentativesAndMaterialsInOrder() {
        Hearing hearing = hearings.save(announced(draft, "2026-10-10", "2026-09-30"));
        HearingRegistration li = HearingRegistration.register(RegistrationId.random(), hearing, LI_SI, null,
                on("2026-09-21"));
        HearingRegistration wang = HearingRegistration.register(RegistrationId.random(), hearing, WANG_WU, "经营者",
                on("2026-09-22"));

        hearing = reload(hearing);
        hearing.selectRepresentatives(List.of(wang, li), DRAFTER, on("2026-10-01"));
        HearingSnapshot selected = hearings.save(hearing).snapshot();
        assertThat(reload(hearing).snapshot()).isEqualTo(selected);
        assertThat(selected.representatives()).containsExactly(wang.getId(), li.getId());

        hearing = reload(hearing);
        hearing.provideMaterials(List.of(new HearingMaterial("草案", "全文……"), new HearingMaterial("成本调查", "附件……")),
                DRAFTER, CALENDAR, on("2026-10-02"));
        HearingSnapshot provided = hearings.save(hearing).snapshot();
        assertThat(reload(hearing).snapshot()).isEqualTo(provided);
        assertThat(provided.materials()).extracting(HearingMaterial::title).containsExactly("草案", "成本调查");

        hearing = reload(hearing);
        hearing.recordMinutes("听证笔录……", DRAFTER, on("2026-10-10"));
        HearingSnapshot recorded = hearings.save(hearing).snapshot();
        assertThat(reload(hearing).snapshot()).isEqualTo(recorded);
        assertThat(recorded.stage()).isEqualTo(HearingStage.MINUTES_RECORDED);
        assertThat(recorded.version()).isEqualTo(4);
    }

    @Test
    public void savingAHearingThatChangedSinceItWasReadIsAConcurrentUpdate() {
        Hearing stored = hearings.save(announced(draft, "2026-10-10", "2026-09-30"));
        HearingRegistration li = HearingRegistration.register(RegistrationId.random(), stored, LI_SI, null,
                on("2026-09-21"));
        Hearing first = reload(stored);
        Hearing second = reload(stored);
        first.selectRepresentatives(List.of(li), DRAFTER, on("2026-10-01"));
        hearings.save(first);
        second.selectRepresentatives(List.of(li), DRAFTER, on("2026-10-01"));

        assertThatThrownBy(() -> hearings.save(second)).isInstanceOf(ConcurrentUpdate.class);
        assertThatThrownBy(() -> hearings.save(Hearing.restore(Versions.withVersion(stored.snapshot(), 0))))
                .as("the same new hearing stored twice").isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    public void aDraftsHearingsAreListedByHearingDay() {
        Hearing later = hearings.save(announced(draft, "2026-10-20", "2026-10-05"));
        Hearing sooner = hearings.save(announced(draft, "2026-10-10", "2026-09-30"));
        hearings.save(announced(draftPublishedOn("2026-09-20", 30), "2026-10-12", "2026-09-30"));

        assertThat(hearings.findByDraft(draft.getId())).extracting(Hearing::getId)
                .containsExactly(sooner.getId(), later.getId());
        assertThat(hearings.findById(HearingId.random())).isEmpty();
    }

    private Hearing reload(Hearing hearing) {
        return hearings.findById(hearing.getId()).orElseThrow();
    }
}
