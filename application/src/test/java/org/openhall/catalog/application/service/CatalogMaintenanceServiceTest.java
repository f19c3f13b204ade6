package org.openhall.catalog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.catalog.application.service.CatalogTestbed.CATALOG_ADMIN;
import static org.openhall.catalog.application.service.CatalogTestbed.CLERK;
import static org.openhall.catalog.application.service.CatalogTestbed.PACK_IMPORT;
import static org.openhall.catalog.application.service.CatalogTestbed.SUPERVISOR;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.in.CatalogAdministratorRequired;
import org.openhall.catalog.application.port.in.CatalogChangeView;
import org.openhall.catalog.application.port.in.CatalogDiffView;
import org.openhall.catalog.application.port.in.DraftAlreadyExists;
import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.application.port.in.ItemNotAvailable;
import org.openhall.catalog.application.port.in.ItemVersionView;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.catalog.domain.CatalogAction;
import org.openhall.catalog.domain.CatalogChange;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.ItemContentBuilder;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.problem.ItemStatusConflict;
import org.openhall.catalog.domain.problem.RetroactiveChange;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ResourceNotFound;

/** Catalog administrators' changes and county-pack definitions against in-memory ports. */
class CatalogMaintenanceServiceTest {

    private static final ApprovalItemCode FOOD = ApprovalItems.FOOD_BUSINESS_LICENCE;
    private static final PageRequest ALL = new PageRequest(0, 50);

    private final CatalogTestbed bed = new CatalogTestbed();
    private final ItemContent v1 = ItemContentBuilder.food().build();
    private final ItemContent v2 = ItemContentBuilder.food().promisedWorkingDays(5)
            .materials(ApprovalItems.materials().subList(0, 2)).build();

    @Test
    void onlyACatalogAdministratorMaintainsTheCatalog() {
        assertThatThrownBy(() -> bed.maintenance.createDraft(CLERK, ItemDefinition.of(FOOD, v1)))
                .isInstanceOf(CatalogAdministratorRequired.class)
                .hasFieldOrPropertyWithValue("code", "catalog.administrator-required");
        assertThatThrownBy(() -> bed.maintenance.suspend(SUPERVISOR, FOOD, LocalDate.parse("2026-03-02"), "整改"))
                .isInstanceOf(CatalogAdministratorRequired.class);
        assertThat(bed.changeLog.all()).isEmpty();
    }

    @Test
    void aDraftIsNotPublicUntilPublishedAndThenIsVersionOneFromItsDay() {
        bed.maintenance.createDraft(CATALOG_ADMIN, ItemDefinition.of(FOOD, v1));
        assertThatThrownBy(() -> bed.catalog.item(FOOD)).isInstanceOf(ResourceNotFound.class)
                .hasFieldOrPropertyWithValue("code", "item.not-found");
        assertThat(bed.maintenance.draft(CATALOG_ADMIN, FOOD).status()).isEqualTo(ItemStatus.DRAFT);

        ItemVersionView published = bed.maintenance.publishDraft(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"));

        assertThat(published.version()).isEqualTo(1);
        assertThat(published.validFrom()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(published.validTo()).isNull();
        assertThat(bed.catalog.item(FOOD).version()).isEqualTo(1);
        assertThatThrownBy(() -> bed.maintenance.draft(CATALOG_ADMIN, FOOD)).isInstanceOf(ResourceNotFound.class)
                .hasFieldOrPropertyWithValue("code", "draft.not-found");
    }

    @Test
    void anItemHasAtMostOneDraft() {
        bed.maintenance.createDraft(CATALOG_ADMIN, ItemDefinition.of(FOOD, v1));

        assertThatThrownBy(() -> bed.maintenance.createDraft(CATALOG_ADMIN, ItemDefinition.of(FOOD, v2)))
                .isInstanceOf(DraftAlreadyExists.class);
        assertThat(bed.maintenance.reviseDraft(CATALOG_ADMIN, ItemDefinition.of(FOOD, v2)).promisedLimitWorkingDays())
                .isEqualTo(5);
    }

    @Test
    void aNewVersionTakesOverOnItsDayAndTheDiffOfTheTwoDaysNamesTheAmendedElements() {
        bed.publish("SCJG-001", v1, "2026-01-01");
        bed.publish("WSJK-001", ItemContentBuilder.item("公共场所卫生许可", "WSJK", "合山市卫生健康局"), "2026-01-01");

        bed.publish("SCJG-001", v2, "2026-04-01");

        assertThat(bed.catalog.versions(FOOD)).extracting(v -> v.version() + ":" + v.validFrom() + ".." + v.validTo())
                .containsExactly("1:2026-01-01..2026-03-31", "2:2026-04-01..null");
        assertThat(bed.catalog.snapshot(LocalDate.parse("2026-03-31")).items())
                .extracting(e -> e.code() + " v" + e.version()).containsExactly("SCJG-001 v1", "WSJK-001 v1");
        assertThat(bed.catalog.snapshot(LocalDate.parse("2026-04-01")).items())
                .extracting(e -> e.code() + " v" + e.version()).containsExactly("SCJG-001 v2", "WSJK-001 v1");
        CatalogDiffView diff = bed.catalog.diff(LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-01"));
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.amended()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("SCJG-001");
            assertThat(a.fromVersion()).isEqualTo(1);
            assertThat(a.toVersion()).isEqualTo(2);
            assertThat(a.changedElements()).containsExactly("materials", "promisedLimit");
        });
        assertThat(bed.catalog.item(FOOD).version()).as("today, 03-02, version 1 is still in force").isEqualTo(1);
    }

    @Test
    void aSuspendedItemReceivesNoApplicationsUntilResumedAndCasesKeepTheirVersion() {
        bed.publish("SCJG-001", v1, "2026-01-01");

        bed.maintenance.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"), "系统升级");

        assertThatThrownBy(() -> bed.catalog.item(FOOD)).isInstanceOf(ItemNotAvailable.class)
                .hasFieldOrPropertyWithValue("code", "item.not-available")
                .hasMessageContaining("SUSPENDED");
        assertThat(bed.catalog.item(FOOD, 1).status()).as("a case received under v1 still reads it")
                .isEqualTo(ItemStatus.PUBLISHED);
        assertThat(bed.catalog.guide(FOOD).acceptingApplications()).isFalse();
        assertThat(bed.catalog.list(ALL).content()).isEmpty();

        bed.today("2026-03-05");
        bed.maintenance.resume(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-05"), "升级完成");

        assertThat(bed.catalog.item(FOOD).version()).isEqualTo(3);
        assertThat(bed.catalog.item(FOOD).content()).isEqualTo(v1);
        assertThat(bed.catalog.diff(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-05")).amended())
                .as("resumed with the same content: no amendment").isEmpty();
    }

    @Test
    void anAbolishedItemLeavesTheCatalogOnItsDay() {
        bed.publish("SCJG-001", v1, "2026-01-01");

        bed.maintenance.abolish(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-04-01"), "依法取消");

        assertThat(bed.catalog.item(FOOD).version()).as("still in force until 03-31").isEqualTo(1);
        bed.today("2026-04-01");
        assertThatThrownBy(() -> bed.catalog.item(FOOD)).isInstanceOf(ItemNotAvailable.class);
        assertThat(bed.catalog.diff(LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-01")).removed())
                .extracting(e -> e.code() + " v" + e.version()).containsExactly("SCJG-001 v1");
        assertThatThrownBy(() -> bed.maintenance.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-04-02"), "x"))
                .isInstanceOf(ItemStatusConflict.class);
    }

    @Test
    void everyChangeIsLoggedWithWhoWhenWhatAndWhyAndARefusedOneIsNot() {
        bed.maintenance.createDraft(CATALOG_ADMIN, ItemDefinition.of(FOOD, v1));
        bed.maintenance.reviseDraft(CATALOG_ADMIN, ItemDefinition.of(FOOD, v1));
        bed.maintenance.publishDraft(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"));
        bed.maintenance.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-10"), "场所整改");
        assertThatThrownBy(() -> bed.maintenance.resume(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-01"), null))
                .isInstanceOf(RetroactiveChange.class);

        List<CatalogChange> log = bed.changeLog.all();
        assertThat(log).extracting(CatalogChange::action).as("revising to the same content changed nothing")
                .containsExactly(CatalogAction.DRAFT_CREATED, CatalogAction.PUBLISHED, CatalogAction.SUSPENDED);
        CatalogChange suspension = log.getLast();
        assertThat(suspension.actor()).isEqualTo("catalog.admin");
        assertThat(suspension.at().toString()).isEqualTo("2026-03-02T09:30+08:00");
        assertThat(suspension.code()).isEqualTo(FOOD);
        assertThat(suspension.version()).isEqualTo(2);
        assertThat(suspension.effectiveFrom()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(suspension.reason()).isEqualTo("场所整改");
        assertThat(bed.catalog.versions(FOOD)).hasSize(2);
    }

    @Test
    void supervisorsReadTheChangeLogAndClerksDoNot() {
        bed.publish("SCJG-001", v1, "2026-03-02");

        assertThat(bed.maintenance.changes(SUPERVISOR, FOOD, ALL).content()).extracting(CatalogChangeView::action)
                .containsExactly(CatalogAction.PUBLISHED, CatalogAction.DRAFT_CREATED);
        assertThatThrownBy(() -> bed.maintenance.changes(CLERK, null, ALL))
                .isInstanceOf(CatalogAdministratorRequired.class);
    }

    @Test
    void applyingADefinitionAddsChangesOrLeavesAnItemAndSaysWhichAndLogsOnlyChanges() {
        ItemDefinition food = ItemDefinition.of(FOOD, v1);

        assertThat(bed.imports.apply(PACK_IMPORT, food, LocalDate.parse("2025-01-01"))).isEqualTo(ChangeOutcome.ADDED);
        assertThat(bed.imports.apply(PACK_IMPORT, food, LocalDate.parse("2026-03-02")))
                .isEqualTo(ChangeOutcome.UNCHANGED);
        assertThat(bed.imports.apply(PACK_IMPORT, ItemDefinition.of(FOOD, v2), LocalDate.parse("2026-03-02")))
                .isEqualTo(ChangeOutcome.CHANGED);

        assertThat(bed.catalog.versions(FOOD)).extracting(v -> v.version() + ":" + v.validFrom() + ".." + v.validTo())
                .containsExactly("1:2025-01-01..2026-03-01", "2:2026-03-02..null");
        assertThat(bed.changeLog.all()).extracting(c -> c.action() + " v" + c.version() + " by " + c.actor())
                .containsExactly("APPLIED v1 by county-pack", "APPLIED v2 by county-pack");
    }

    @Test
    void applyingAnAbolitionRemovesTheItemOnceAndAnAbolishedItemComesBackWhenDefinedAgain() {
        ItemDefinition food = ItemDefinition.of(FOOD, v1);
        bed.imports.apply(PACK_IMPORT, food, LocalDate.parse("2026-01-01"));

        assertThat(bed.imports.abolish(PACK_IMPORT, FOOD, LocalDate.parse("2026-03-02"), null))
                .isEqualTo(ChangeOutcome.REMOVED);
        assertThat(bed.imports.abolish(PACK_IMPORT, FOOD, LocalDate.parse("2026-03-03"), null))
                .isEqualTo(ChangeOutcome.UNCHANGED);
        assertThat(bed.catalog.version(FOOD, 2).statusReason()).isEqualTo("不再列入事项目录");
        assertThat(bed.imports.currentDefinitions()).isEmpty();

        assertThat(bed.imports.apply(PACK_IMPORT, food, LocalDate.parse("2026-03-04")))
                .isEqualTo(ChangeOutcome.CHANGED);
        assertThat(bed.catalog.version(FOOD, 3).status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThatThrownBy(() -> bed.imports.abolish(PACK_IMPORT, new ApprovalItemCode("NONE-1"),
                LocalDate.parse("2026-03-04"), null)).isInstanceOf(ResourceNotFound.class);
    }

    @Test
    void theCurrentDefinitionsApplyAgainWithoutChangingAnything() {
        bed.imports.apply(PACK_IMPORT, ItemDefinition.of(FOOD, v1), LocalDate.parse("2026-01-01"));
        bed.imports.apply(PACK_IMPORT,
                ItemDefinition.of(new ApprovalItemCode("WSJK-001"),
                        ItemContentBuilder.item("公共场所卫生许可", "WSJK", "合山市卫生健康局")),
                LocalDate.parse("2026-01-01"));
        bed.maintenance.suspend(CATALOG_ADMIN, new ApprovalItemCode("WSJK-001"), LocalDate.parse("2026-03-02"), "整改");

        List<ItemDefinition> exported = bed.imports.currentDefinitions();

        assertThat(exported).extracting(d -> d.code().value()).as("a suspended item is still in the catalog")
                .containsExactly("SCJG-001", "WSJK-001");
        assertThat(exported.getFirst()).isEqualTo(ItemDefinition.of(FOOD, v1));
        for (ItemDefinition definition : exported) {
            assertThat(bed.imports.apply(PACK_IMPORT, definition, LocalDate.parse("2026-03-02")))
                    .isEqualTo(ChangeOutcome.UNCHANGED);
        }
    }
}
