package org.openhall.catalog.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.CatalogAction;
import org.openhall.catalog.domain.CatalogChange;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** What every {@link CatalogChangeLog} must do; a subclass hands in an empty one before each test. */
public abstract class CatalogChangeLogContract {

    private static final ApprovalItemCode FOOD = new ApprovalItemCode("SCJG-001");
    private static final ApprovalItemCode HYGIENE = new ApprovalItemCode("WSJK-001");

    private CatalogChangeLog log;

    protected abstract CatalogChangeLog emptyLog();

    @BeforeEach
    void createLog() {
        log = emptyLog();
    }

    @Test
    public void anEntryIsReadBackWithWhoWhenWithItsOffsetWhatAndWhy() {
        CatalogChange suspension = new CatalogChange("admin.catalog", OffsetDateTime.parse("2026-03-02T09:15:30+08:00"),
                CatalogAction.SUSPENDED, FOOD, 2, LocalDate.parse("2026-03-03"), "经营场所整改");

        log.append(suspension);

        assertThat(log.find(FOOD, new PageRequest(0, 10)).content()).singleElement().satisfies(read -> {
            assertThat(read).isEqualTo(suspension);
            assertThat(read.at().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        });
    }

    @Test
    public void entriesAreListedNewestFirstAndCanBeNarrowedToOneItem() {
        OffsetDateTime nine = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");
        log.append(new CatalogChange("a", nine, CatalogAction.DRAFT_CREATED, FOOD, null, null, null));
        log.append(new CatalogChange("a", nine.plusMinutes(5), CatalogAction.SUSPENDED, HYGIENE, 2,
                LocalDate.parse("2026-03-03"), "整改"));
        log.append(new CatalogChange("b", nine.plusMinutes(9), CatalogAction.PUBLISHED, FOOD, 2,
                LocalDate.parse("2026-04-01"), null));

        Page<CatalogChange> all = log.find(null, new PageRequest(0, 2));
        Page<CatalogChange> food = log.find(FOOD, new PageRequest(0, 10));

        assertThat(all.content()).extracting(CatalogChange::action)
                .containsExactly(CatalogAction.PUBLISHED, CatalogAction.SUSPENDED);
        assertThat(all.totalElements()).isEqualTo(3);
        assertThat(food.content()).extracting(CatalogChange::action)
                .containsExactly(CatalogAction.PUBLISHED, CatalogAction.DRAFT_CREATED);
    }
}
