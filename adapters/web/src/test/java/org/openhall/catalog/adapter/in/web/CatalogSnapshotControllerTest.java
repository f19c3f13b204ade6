package org.openhall.catalog.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.in.CatalogDiffView;
import org.openhall.catalog.application.port.in.CatalogSnapshotQuery;
import org.openhall.catalog.application.port.in.CatalogSnapshotView;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.network.application.port.in.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The catalog of any day and what changed between two days are public. */
@WebMvcTest(CatalogSnapshotController.class)
class CatalogSnapshotControllerTest {

    private static final LocalDate MAR_31 = LocalDate.parse("2026-03-31");
    private static final LocalDate APR_1 = LocalDate.parse("2026-04-01");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CatalogSnapshotQuery snapshots;
    @MockitoBean
    StaffDirectory staff;

    @Test
    void theCatalogOfADayListsItsItemsWithTheVersionThenInForce() throws Exception {
        CatalogSnapshotView.Entry food = CatalogSnapshotView.Entry.of(CatalogViews.food(2, ItemStatus.PUBLISHED, null));
        given(snapshots.snapshot(APR_1)).willReturn(new CatalogSnapshotView(APR_1, 1, List.of(food)));

        mvc.perform(get("/api/v1/catalog/snapshot").param("date", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-04-01"))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.items[0].code").value("SCJG-001"))
                .andExpect(jsonPath("$.items[0].version").value(2))
                .andExpect(jsonPath("$.items[0].department").value("SCJG"));
    }

    @Test
    void theDiffOfTwoDaysNamesWhatWasAddedAmendedAndRemoved() throws Exception {
        given(snapshots.diff(MAR_31, APR_1)).willReturn(new CatalogDiffView(MAR_31, APR_1, List.of(),
                List.of(new CatalogDiffView.Amendment("SCJG-001", "食品经营许可", 1, 2, List.of("materials"))),
                List.of(CatalogSnapshotView.Entry.of(CatalogViews.food(1, ItemStatus.PUBLISHED, null)))));

        mvc.perform(get("/api/v1/catalog/diff").param("from", "2026-03-31").param("to", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").isEmpty())
                .andExpect(jsonPath("$.amended[0].fromVersion").value(1))
                .andExpect(jsonPath("$.amended[0].toVersion").value(2))
                .andExpect(jsonPath("$.amended[0].changedElements[0]").value("materials"))
                .andExpect(jsonPath("$.removed[0].code").value("SCJG-001"));
    }

    @Test
    void aSnapshotNeedsAValidDate() throws Exception {
        mvc.perform(get("/api/v1/catalog/snapshot"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.missing-parameter"));
        mvc.perform(get("/api/v1/catalog/snapshot").param("date", "2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid-parameter"));
        verifyNoInteractions(snapshots);
    }
}
