package org.openhall.servicecase.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChildRowsDiffTest {

    @Test
    void rowsThatReadTheSameAreNotWritten() {
        List<ChildRow> rows = List.of(row(0, "受理", null), row(1, "审查", null));

        assertThat(ChildRowsDiff.between(rows, List.of(row(0, "受理", null), row(1, "审查", null))).isEmpty()).isTrue();
    }

    @Test
    void aChangedRowIsUpdatedANewKeyInsertedAndAGoneKeyDeleted() {
        List<ChildRow> stored = List.of(row(0, "受理", "2026-03-02"), row(1, "审查", null), row(2, "核查", null));
        List<ChildRow> wanted = List.of(row(0, "受理", "2026-03-02"), row(1, "审查", "2026-03-03"), row(3, "送达", null));

        ChildRowsDiff diff = ChildRowsDiff.between(stored, wanted);

        assertThat(diff.updated()).containsExactly(row(1, "审查", "2026-03-03"));
        assertThat(diff.inserted()).containsExactly(row(3, "送达", null));
        assertThat(diff.deleted()).containsExactly(row(2, "核查", null));
    }

    @Test
    void anAmountReadBackWithTwoDecimalsIsTheAmountThatWasWritten() {
        ChildRow stored = new ChildRow(List.of(0), List.of("工本费", new BigDecimal("10.00")));
        ChildRow wanted = new ChildRow(List.of(0), List.of("工本费", new BigDecimal("10")));

        assertThat(ChildRowsDiff.between(List.of(stored), List.of(wanted)).isEmpty()).isTrue();
        assertThat(ChildRowsDiff.between(List.of(stored),
                List.of(new ChildRow(List.of(0), List.of("工本费", new BigDecimal("10.01"))))).updated()).hasSize(1);
    }

    @Test
    void aNewCaseInsertsEveryRow() {
        List<ChildRow> rows = List.of(row(0, "受理", null), row(1, "审查", null));

        assertThat(ChildRowsDiff.allNew(rows)).isEqualTo(new ChildRowsDiff(rows, List.of(), List.of()));
    }

    @Test
    void theStatementsOfAChildTableKeyItsRowsByCaseAndPosition() {
        assertThat(CaseChildTable.STEP.updateSql()).endsWith("WHERE case_id = ? AND position = ?");
        assertThat(CaseChildTable.NOTICE_ITEM.deleteSql())
                .isEqualTo("DELETE FROM one_time_notice_item WHERE case_id = ? AND notice_position = ? AND item_position = ?");
        assertThat(CaseChildTable.MATERIAL.updateSql()).as("a material is all key").isNull();
        assertThat(CaseChildTable.MATERIAL.insertSql())
                .isEqualTo("INSERT INTO service_case_material (case_id, material_code) VALUES (?, ?)");
    }

    private static ChildRow row(int position, String name, String completedOn) {
        return new ChildRow(List.of(position), Arrays.asList(name, completedOn));
    }
}
