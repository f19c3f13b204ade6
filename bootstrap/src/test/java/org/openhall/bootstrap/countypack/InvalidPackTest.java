package org.openhall.bootstrap.countypack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack with errors in several files is reported in full: every error with its file, the line
 * (or row) to fix and the field, not just the first one.
 */
class InvalidPackTest {

    @TempDir
    Path pack;

    @BeforeEach
    void copyHeshan() {
        PackFiles.copy("county-packs/heshan", pack);
    }

    @Test
    void everyErrorInEveryFileIsListedWithFileLineAndField() {
        PackFiles.replace(pack, "centre.yaml", "zone: Asia/Shanghai", "zone: Mars/Olympus");
        PackFiles.replace(pack, "calendar/2026.yaml", "[2026-01-04,", "[2026-01-05,");
        PackFiles.replace(pack, "items.yaml", "promisedLimit: 10\n    fees: []\n    deliveryMethods: [PICKUP, MAIL]\n"
                + "    windowAuthority: { decidedAtWindow: false, stepsReturnedToDepartment: [现场核查] }\n"
                + "    maxVisits: 1\n    onlineAvailable: true\n    keywords: [餐饮",
                "promisedLimit: 30\n    fees: []\n    deliveryMethods: [PICKUP, MAIL]\n"
                + "    windowAuthority: { decidedAtWindow: false, stepsReturnedToDepartment: [现场核查] }\n"
                + "    maxVisits: 1\n    onlineAvailable: true\n    keywords: [餐饮");
        PackFiles.replace(pack, "items.yaml", "{ code: TEST, name: 公共场所卫生检测或评价报告, original: true }",
                "{ code: TEST, name: 公共场所卫生检测或评价报告, original: true, copies: 0 }");
        PackFiles.replace(pack, "items.yaml", "kind: CONVENIENCE_SERVICE\n    applicantTypes: [NATURAL_PERSON]\n    department: RSJ",
                "kind: CONVENIENT_SERVICE\n    applicantTypes: [NATURAL_PERSON]\n    department: RSJ");
        PackFiles.replace(pack, "network.yaml", "address: 合山市北泗乡北泗街（样例地址）",
                "address: 合山市北泗乡北泗街（样例地址）\n    colour: blue");
        PackFiles.replace(pack, "windows.yaml", "postA: clerk.hbj\n", "postA: clerk.nobody\n");
        PackFiles.replace(pack, "staff.yaml", "{ username: supervisor.jw, displayName: 莫国华, roles: [SUPERVISOR]",
                "{ username: supervisor.jw, displayName: 莫国华, roles: [SUPERVISER]");
        PackFiles.replace(pack, "parameters.yaml", "supervision.warning.working-days-before: \"2\"",
                "supervision.warning.working-days-before: two");

        CountyPackLoader.Loaded loaded = new CountyPackLoader().load(pack.toString());

        assertThat(loaded.valid()).isFalse();
        assertThat(loaded.errors()).extracting(PackError::file, PackError::location, PackError::field)
                .containsExactlyInAnyOrder(
                        tuple("calendar/2026.yaml", "line " + PackFiles.lineOf(pack, "calendar/2026.yaml", "makeUpWorkdays"),
                                "makeUpWorkdays"),
                        tuple("centre.yaml", "line " + PackFiles.lineOf(pack, "centre.yaml", "zone:"), "zone"),
                        tuple("items.yaml", "line " + PackFiles.lineOf(pack, "items.yaml", "promisedLimit: 30"),
                                "items[1].promisedLimit"),
                        tuple("items.yaml", "line " + PackFiles.lineOf(pack, "items.yaml", "copies: 0"),
                                "items[6].materials[4].copies"),
                        tuple("items.yaml", "line " + PackFiles.lineOf(pack, "items.yaml", "CONVENIENT_SERVICE"),
                                "items[23].kind"),
                        tuple("network.yaml", "line " + PackFiles.lineOf(pack, "network.yaml", "colour: blue"),
                                "halls[3].colour"),
                        tuple("parameters.yaml", "line " + PackFiles.lineOf(pack, "parameters.yaml", "working-days-before: two"),
                                "parameters.supervision.warning.working-days-before"),
                        tuple("staff.yaml", "line " + PackFiles.lineOf(pack, "staff.yaml", "SUPERVISER"), "staff[54].roles"),
                        tuple("windows.yaml", "line " + PackFiles.lineOf(pack, "windows.yaml", "clerk.nobody"),
                                "windows[17].postA"));
        assertThat(loaded.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
        assertThat(loaded.errors().toString()).contains("Mars/Olympus", "2026-01-05", "longer than the statutory limit",
                "CONVENIENT_SERVICE", "clerk.nobody", "SUPERVISER");
    }

    @Test
    void hearingPeriodsThatLeaveNoRoomForTheNextStepAreRefused() {
        PackFiles.replace(pack, "parameters.yaml", "participation.hearing.registration-closing-days: \"10\"",
                "participation.hearing.registration-closing-days: \"25\"");

        CountyPackLoader.Loaded loaded = new CountyPackLoader().load(pack.toString());

        assertThat(loaded.valid()).isFalse();
        assertThat(loaded.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("parameters.yaml");
            assertThat(e.location()).isEqualTo("line " + PackFiles.lineOf(pack, "parameters.yaml", "announcement-days"));
            assertThat(e.message()).contains("announcement 20", "registration closing 25");
        });
    }
}
