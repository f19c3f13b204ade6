package org.openhall.bootstrap.countypack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.bootstrap.countypack.ImportReport.Change;
import org.openhall.bootstrap.countypack.ImportReport.Kind;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Importing the Heshan pack, re-importing it, importing a changed one, and a failure half-way; each
 * import recorded in the audit trail.
 */
class CountyPackImportIT extends CountyPackDatabaseIT {

    @TempDir
    Path changed;

    @Autowired
    StaffDirectory staff;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aFirstImportAddsEverythingThePackHolds() {
        ImportReport report = importPack(HESHAN);

        assertThat(report.counts()).containsEntry(Kind.CENTRE, counts(5, 0, 0, 0))
                .containsEntry(Kind.CALENDARS, counts(4, 0, 0, 0))
                .containsEntry(Kind.DEPARTMENTS, counts(20, 0, 0, 0))
                .containsEntry(Kind.HALLS, counts(34, 0, 0, 0))
                .containsEntry(Kind.STAFF, counts(61, 0, 0, 0))
                .containsEntry(Kind.ITEMS, counts(56, 0, 0, 0))
                .containsEntry(Kind.WINDOWS, counts(23, 0, 0, 0))
                .containsEntry(Kind.PARAMETERS, counts(62, 0, 0, 0));
    }

    @Test
    void reimportingTheSamePackChangesNothing() {
        importPack(HESHAN);

        ImportReport again = importPack(HESHAN);

        assertThat(again.differences()).isEmpty();
        assertThat(again.changes()).hasSize(5 + 4 + 20 + 34 + 61 + 56 + 23 + 62)
                .allMatch(c -> c.outcome() == ChangeOutcome.UNCHANGED);
    }

    @Test
    void theDemoUsersSignInWithTheirReadmePasswordsAndTheCatalogAdministratorHasItsRole() {
        importPack(HESHAN);

        assertThat(passwordOf("clerk.scjg")).matches(hash -> passwords.matches("demo-Clerk-2026", hash));
        assertThat(passwordOf("approver.scjg")).matches(hash -> passwords.matches("demo-Approver-2026", hash));
        assertThat(passwordOf("supervisor")).matches(hash -> passwords.matches("demo-Supervisor-2026", hash));
        assertThat(passwordOf("admin")).matches(hash -> passwords.matches("demo-Admin-2026", hash));
        assertThat(passwordOf("catalog.admin")).matches(hash -> passwords.matches("demo-Catalog-2026", hash));
        assertThat(staff.credentialsOf("catalog.admin").orElseThrow().actor().roles())
                .containsExactly(Role.CATALOG_ADMINISTRATOR);
    }

    @Test
    void aChangedPackAppliesExactlyItsDifferencesAndReportsThem() {
        importPack(HESHAN);
        PackFiles.copy("county-packs/heshan", changed);
        // An item's promised limit is shortened; another item is abolished, with its place in hall and window.
        PackFiles.replace(changed, "items.yaml", "statutoryLimit: 3\n    promisedLimit: 1\n    fees: []\n"
                + "    deliveryMethods: [PICKUP, MAIL]\n    windowAuthority: { decidedAtWindow: true }\n"
                + "    maxVisits: 1\n    onlineAvailable: true\n    keywords: [个体户",
                "statutoryLimit: 3\n    promisedLimit: 2\n    fees: []\n"
                + "    deliveryMethods: [PICKUP, MAIL]\n    windowAuthority: { decidedAtWindow: true }\n"
                + "    maxVisits: 1\n    onlineAvailable: true\n    keywords: [个体户");
        PackFiles.cut(changed, "items.yaml", "  - code: YJGL-002", "  # ----------------------------------------------------------------"
                + " 民政局");
        PackFiles.replace(changed, "network.yaml", "YJGL-002, ", "");
        PackFiles.replace(changed, "windows.yaml", "      - { item: YJGL-002, decidedAtWindow: false }\n", "");
        // A department joins, a window loses its B post, a township window closes, a clerk is renamed.
        PackFiles.replace(changed, "network.yaml", "departments:\n",
                "departments:\n  - { code: TYJR, name: 合山市退役军人事务局, stationed: true }\n");
        PackFiles.replace(changed, "windows.yaml", "    postB: clerk.hbj.b\n", "");
        PackFiles.cut(changed, "windows.yaml", "  - code: HS-HL-W01", null);
        PackFiles.replace(changed, "staff.yaml", "{ username: clerk.zh1, displayName: 赵建,",
                "{ username: clerk.zh1, displayName: 赵建国,");
        // The county drops its 2025 local holiday; one parameter changes, another goes.
        changed.resolve("calendar/local/2025.yaml").toFile().delete();
        PackFiles.replace(changed, "parameters.yaml", "supervision.red-card.working-days-overdue: \"3\"",
                "supervision.red-card.working-days-overdue: \"4\"");
        PackFiles.cut(changed, "parameters.yaml", "  rating.return-visit.working-days", "\n\n");

        ImportReport report = importPack(changed.toString());

        assertThat(report.differences()).extracting(Change::toString).containsExactlyInAnyOrder(
                "CHANGED calendars 451381-2025",
                "ADDED departments TYJR",
                "CHANGED halls HS-CITY",
                "CHANGED staff clerk.zh1",
                "CHANGED items SCJG-002",
                "REMOVED items YJGL-002",
                "CHANGED windows HS-CITY-W13",
                "CHANGED windows HS-CITY-W17",
                "REMOVED windows HS-HL-W01",
                "CHANGED parameters supervision.red-card.working-days-overdue",
                "REMOVED parameters rating.return-visit.working-days");
        assertThat(importPack(changed.toString()).differences()).isEmpty();
    }

    @Test
    void aFailureHalfWayThroughRollsBackEverythingTheImportWroteAndTheTrailRecordsTheFailure() {
        failing.failOn("sms.signature");

        assertThatThrownBy(() -> importPack(HESHAN)).hasMessageContaining("sms.signature");

        Map<String, Integer> rows = PackDatabases.rowCounts(dataSource);
        // The trail is no part of the import: it holds the failure (and the runs of scheduled jobs).
        rows.remove("audit_record");
        assertThat(rows).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(importRecords()).containsExactly(List.of(CountyPackImporter.SYSTEM_ACTOR, "-",
                "pack=" + HESHAN + ",jurisdiction=451381,effectiveFrom=" + LocalDate.now(clock),
                "error:IllegalStateException"));
    }

    @Test
    void everyImportLeavesOneRecordInTheAuditTrailWithWhoWhichPackAndTheOutcome() {
        importPack(HESHAN);
        importPack(HESHAN);

        assertThat(importRecords()).as("a re-import that changes nothing is still an import").hasSize(2)
                .allSatisfy(record -> assertThat(record).containsExactly(CountyPackImporter.SYSTEM_ACTOR, "-",
                        "pack=" + HESHAN + ",jurisdiction=451381,effectiveFrom=" + LocalDate.now(clock), "success"));
    }

    /** The audit records of pack imports, oldest first: actor, source address, object, result. */
    private List<List<String>> importRecords() {
        return new JdbcTemplate(dataSource).query("""
                SELECT actor, source_address, object, result FROM audit_record WHERE action = 'county-pack import'
                ORDER BY sequence""", (row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3),
                row.getString(4)));
    }

    private String passwordOf(String username) {
        return staff.credentialsOf(username).orElseThrow().passwordHash();
    }

    private static Map<ChangeOutcome, Integer> counts(int added, int changed, int unchanged, int removed) {
        return Map.of(ChangeOutcome.ADDED, added, ChangeOutcome.CHANGED, changed, ChangeOutcome.UNCHANGED, unchanged,
                ChangeOutcome.REMOVED, removed);
    }
}
