package org.openhall.participation.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.participation.domain.ParticipationFixtures.CALENDAR;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;
import static org.openhall.participation.domain.ParticipationFixtures.OTHER_APPROVER;
import static org.openhall.participation.domain.ParticipationFixtures.PARKING_RULES;
import static org.openhall.participation.domain.ParticipationFixtures.SCJG;
import static org.openhall.participation.domain.ParticipationFixtures.ZJJ;
import static org.openhall.participation.domain.ParticipationFixtures.on;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.participation.domain.DraftDecision;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.DraftDecisionSnapshot;
import org.openhall.participation.domain.DraftStatus;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * What every {@link DraftDecisionRepository} must do, whatever it stores drafts in. A subclass hands in
 * an empty repository for each test.
 */
public abstract class DraftDecisionRepositoryContract {

    private DraftDecisionRepository drafts;

    /** An empty repository; called before each test. */
    protected abstract DraftDecisionRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        drafts = emptyRepository();
    }

    private static DraftDecision published(DepartmentCode department, Actor actor, String today, String opensOn,
            int days, String reason) {
        return DraftDecision.publishForComment(DraftDecisionId.random(), department, PARKING_RULES,
                LocalDate.parse(opensOn), days, reason, actor, CALENDAR, on(today));
    }

    @Test
    public void aNewDraftIsStoredAsVersionOneAndReadBackWithEveryField() {
        DraftDecision fresh = published(ZJJ, DRAFTER, "2026-09-20", "2026-09-20", 15, "汛期临近，需尽快出台");
        DraftDecisionSnapshot asPublished = fresh.snapshot();

        DraftDecision stored = drafts.save(fresh);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.snapshot()).isEqualTo(Versions.withVersion(asPublished, 1));
        assertThat(drafts.findById(fresh.getId())).map(DraftDecision::snapshot)
                .contains(Versions.withVersion(asPublished, 1));
    }

    @Test
    public void theAdoptionReportAndTheDecisionSurviveStoringAndLoading() {
        DraftDecision draft = drafts.save(published(ZJJ, DRAFTER, "2026-09-20", "2026-09-20", 30, null));

        draft = reload(draft);
        draft.publishAdoptionReport(List.of(), DRAFTER, on("2026-10-21"));
        DraftDecisionSnapshot reported = drafts.save(draft).snapshot();
        assertThat(reload(draft).snapshot()).isEqualTo(reported);
        assertThat(reported.status()).isEqualTo(DraftStatus.REPORT_PUBLISHED);
        assertThat(reported.adoptionReport().publishedOn()).isEqualTo(LocalDate.parse("2026-10-21"));

        draft = reload(draft);
        draft.publishDecision("合山市城区停车收费管理办法（正式文本）", DRAFTER, on("2026-11-02"));
        DraftDecisionSnapshot decided = drafts.save(draft).snapshot();
        assertThat(reload(draft).snapshot()).isEqualTo(decided);
        assertThat(decided.decision().text()).isEqualTo("合山市城区停车收费管理办法（正式文本）");
        assertThat(decided.version()).isEqualTo(3);
    }

    @Test
    public void savingADraftThatChangedSinceItWasReadIsAConcurrentUpdateAndTheFirstChangeStays() {
        DraftDecision stored = drafts.save(published(ZJJ, DRAFTER, "2026-09-20", "2026-09-20", 30, null));
        DraftDecision first = reload(stored);
        DraftDecision second = reload(stored);

        first.publishAdoptionReport(List.of(), DRAFTER, on("2026-10-21"));
        drafts.save(first);
        second.publishAdoptionReport(List.of(), DRAFTER, on("2026-10-22"));

        assertThatThrownBy(() -> drafts.save(second)).isInstanceOf(ConcurrentUpdate.class);
        assertThat(reload(stored).adoptionReport()).get()
                .satisfies(r -> assertThat(r.publishedOn()).isEqualTo(LocalDate.parse("2026-10-21")));
    }

    @Test
    public void storingTheSameNewDraftTwiceIsAConcurrentUpdate() {
        DraftDecision fresh = published(ZJJ, DRAFTER, "2026-09-20", "2026-09-20", 30, null);
        DraftDecision again = DraftDecision.restore(fresh.snapshot());
        drafts.save(fresh);

        assertThatThrownBy(() -> drafts.save(again)).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    public void anUnknownDraftIsNotFound() {
        assertThat(drafts.findById(DraftDecisionId.random())).isEmpty();
    }

    @Test
    public void draftsAreListedLatestOpeningFirstFilteredAndPaged() {
        DraftDecision early = drafts.save(published(ZJJ, DRAFTER, "2026-09-01", "2026-09-01", 30, null));
        DraftDecision scheduled = drafts.save(published(ZJJ, DRAFTER, "2026-09-01", "2026-10-08", 30, null));
        DraftDecision market = drafts.save(published(SCJG, OTHER_APPROVER, "2026-09-01", "2026-09-15", 30, null));
        PageRequest everything = new PageRequest(0, 50);

        assertThat(drafts.findAll(DraftFilter.all(), everything).content()).extracting(DraftDecision::getId)
                .containsExactly(scheduled.getId(), market.getId(), early.getId());
        assertThat(drafts.findAll(new DraftFilter(Optional.of(ZJJ), Optional.empty()), everything).content())
                .extracting(DraftDecision::getId).containsExactly(scheduled.getId(), early.getId());
        Page<DraftDecision> publicOnNationalDay = drafts.findAll(
                new DraftFilter(Optional.empty(), Optional.of(LocalDate.parse("2026-10-01"))), everything);
        assertThat(publicOnNationalDay.content()).extracting(DraftDecision::getId)
                .containsExactly(market.getId(), early.getId());
        assertThat(publicOnNationalDay.totalElements()).isEqualTo(2);
        assertThat(drafts.findAll(new DraftFilter(Optional.of(SCJG), Optional.of(LocalDate.parse("2026-10-08"))),
                everything).content()).extracting(DraftDecision::getId).containsExactly(market.getId());

        Page<DraftDecision> second = drafts.findAll(DraftFilter.all(), new PageRequest(1, 2));
        assertThat(second.content()).extracting(DraftDecision::getId).containsExactly(early.getId());
        assertThat(second.totalElements()).isEqualTo(3);
        assertThat(second.content().getFirst().version()).isEqualTo(1);
    }

    private DraftDecision reload(DraftDecision draft) {
        return drafts.findById(draft.getId()).orElseThrow();
    }
}
