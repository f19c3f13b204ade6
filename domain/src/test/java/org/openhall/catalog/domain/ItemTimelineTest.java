package org.openhall.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.problem.ItemStatusConflict;
import org.openhall.catalog.domain.problem.RetroactiveChange;
import org.openhall.catalog.domain.problem.ValidityConflict;
import org.openhall.shared.domain.time.TimeLimit;

class ItemTimelineTest {

    private static final ApprovalItemCode FOOD = ApprovalItems.FOOD_BUSINESS_LICENCE;
    private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");
    private static final LocalDate MAR_2 = LocalDate.parse("2026-03-02");
    private static final LocalDate APR_1 = LocalDate.parse("2026-04-01");

    private final ItemContent v1Content = ApprovalItems.foodBusinessLicenceContent();
    private final List<ApprovalItem> stored = new ArrayList<>();

    private ItemTimeline timeline() {
        return ItemTimeline.of(FOOD, stored);
    }

    private ItemTimeline.Revision apply(ItemTimeline.Revision revision) {
        revision.ended().ifPresent(ended -> stored.removeIf(v -> v.version() == ended.version()));
        revision.ended().ifPresent(stored::add);
        stored.add(revision.added());
        return revision;
    }

    @Test
    void anItemsFirstVersionMayBeDatedBackAndIsVersionOne() {
        ItemTimeline.Revision first = apply(timeline().publish(v1Content, JAN_1, MAR_2));

        assertThat(first.added().version()).isEqualTo(1);
        assertThat(first.added().validity()).isEqualTo(ValidityPeriod.from(JAN_1));
        assertThat(first.ended()).isEmpty();
        assertThat(timeline().inForceOn(MAR_2)).contains(first.added());
        assertThat(timeline().inForceOn(JAN_1.minusDays(1))).isEmpty();
    }

    @Test
    void aNewVersionEndsThePreviousOneTheDayBefore() {
        apply(timeline().publish(v1Content, JAN_1, JAN_1));
        ItemContent v2Content = revisedLimits();

        ItemTimeline.Revision second = apply(timeline().publish(v2Content, APR_1, MAR_2));

        assertThat(second.added().getId()).isEqualTo(new ApprovalItemVersionId(FOOD, 2));
        assertThat(second.ended()).hasValueSatisfying(v1 -> assertThat(v1.validity())
                .isEqualTo(new ValidityPeriod(JAN_1, LocalDate.parse("2026-03-31"))));
        assertThat(timeline().inForceOn(LocalDate.parse("2026-03-31")).orElseThrow().version()).isEqualTo(1);
        assertThat(timeline().inForceOn(APR_1).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aChangeOfAnItemInTheCatalogCannotTakeEffectBeforeToday() {
        apply(timeline().publish(v1Content, JAN_1, JAN_1));

        assertThatThrownBy(() -> timeline().publish(revisedLimits(), MAR_2.minusDays(1), MAR_2))
                .isInstanceOf(RetroactiveChange.class)
                .hasFieldOrPropertyWithValue("code", "item.retroactive-change");
        assertThatThrownBy(() -> timeline().suspend(MAR_2.minusDays(1), "整改", MAR_2))
                .isInstanceOf(RetroactiveChange.class);
    }

    @Test
    void aVersionCannotBeginBeforeTheLatestOneBegins() {
        apply(timeline().publish(v1Content, JAN_1, JAN_1));
        apply(timeline().publish(revisedLimits(), APR_1, MAR_2));

        assertThatThrownBy(() -> timeline().suspend(MAR_2, "整改", MAR_2))
                .isInstanceOf(ValidityConflict.class)
                .hasFieldOrPropertyWithValue("code", "item.validity-conflict");
    }

    @Test
    void aVersionReplacedOnItsFirstDayWasNeverInForce() {
        apply(timeline().publish(v1Content, JAN_1, JAN_1));
        apply(timeline().publish(revisedLimits(), MAR_2, MAR_2));

        ItemTimeline.Revision third = apply(timeline().publish(v1Content, MAR_2, MAR_2));

        ApprovalItem second = timeline().version(2).orElseThrow();
        assertThat(second.validity().isEmpty()).isTrue();
        assertThat(timeline().inForceOn(MAR_2)).contains(third.added());
    }

    @Test
    void suspendingResumingAndAbolishingAreVersionsWithTheSameContent() {
        apply(timeline().publish(v1Content, JAN_1, JAN_1));

        ApprovalItem suspended = apply(timeline().suspend(MAR_2, "场所整改", MAR_2)).added();
        ApprovalItem resumed = apply(timeline().resume(APR_1, null, MAR_2)).added();
        ApprovalItem abolished = apply(timeline().abolish(LocalDate.parse("2026-07-01"), "依法取消", MAR_2)).added();

        assertThat(List.of(suspended, resumed, abolished)).extracting(ApprovalItem::status)
                .containsExactly(ItemStatus.SUSPENDED, ItemStatus.PUBLISHED, ItemStatus.ABOLISHED);
        assertThat(List.of(suspended, resumed, abolished)).extracting(ApprovalItem::version).containsExactly(2, 3, 4);
        assertThat(List.of(suspended, resumed, abolished)).allSatisfy(v -> assertThat(v.content()).isEqualTo(v1Content));
        assertThat(suspended.statusReason()).contains("场所整改");
        assertThat(timeline().inForceOn(LocalDate.parse("2026-12-31"))).contains(abolished);
    }

    @Test
    void onlyAPublishedItemIsSuspendedOnlyASuspendedOneResumedAndAnAbolishedOneNeither() {
        assertThatThrownBy(() -> timeline().suspend(MAR_2, "整改", MAR_2))
                .isInstanceOf(ItemStatusConflict.class).hasMessageContaining("not in the catalog");
        apply(timeline().publish(v1Content, JAN_1, JAN_1));
        assertThatThrownBy(() -> timeline().resume(MAR_2, null, MAR_2)).isInstanceOf(ItemStatusConflict.class);
        apply(timeline().abolish(MAR_2, "依法取消", MAR_2));

        assertThatThrownBy(() -> timeline().suspend(APR_1, "整改", MAR_2))
                .isInstanceOf(ItemStatusConflict.class)
                .hasFieldOrPropertyWithValue("code", "item.status-conflict");
        assertThatThrownBy(() -> timeline().abolish(APR_1, "again", MAR_2)).isInstanceOf(ItemStatusConflict.class);
    }

    @Test
    void publishingAnAbolishedItemsCodeAgainBringsItBack() {
        apply(timeline().publish(v1Content, JAN_1, JAN_1));
        apply(timeline().abolish(MAR_2, "依法取消", MAR_2));

        ApprovalItem back = apply(timeline().publish(v1Content, APR_1, MAR_2)).added();

        assertThat(back.version()).isEqualTo(3);
        assertThat(back.publishedOn(APR_1)).isTrue();
        assertThat(timeline().version(2).orElseThrow().validity().to()).isEqualTo(APR_1.minusDays(1));
    }

    @Test
    void newContentForASuspendedItemKeepsItSuspendedForTheSameReason() {
        apply(timeline().publish(v1Content, JAN_1, JAN_1));
        apply(timeline().suspend(MAR_2, "场所整改", MAR_2));

        ApprovalItem revised = apply(timeline().publish(revisedLimits(), APR_1, MAR_2)).added();

        assertThat(revised.status()).isEqualTo(ItemStatus.SUSPENDED);
        assertThat(revised.statusReason()).contains("场所整改");
        assertThat(revised.content()).isEqualTo(revisedLimits());
    }

    private ItemContent revisedLimits() {
        ItemContent c = v1Content;
        return new ItemContent(c.nationalCode(), c.name(), c.kind(), c.applicantTypes(), c.department(),
                c.implementingBody(), c.level(), c.legalBases(), c.conditions(), c.materials(),
                c.approvalStandards(), c.resultDocuments(), c.procedure(), c.statutoryLimit(),
                TimeLimit.workingDays(5), c.fees(), c.deliveryMethods(), c.windowAuthority(), c.maxVisits(),
                c.onlineAvailable(), c.keywords());
    }
}
