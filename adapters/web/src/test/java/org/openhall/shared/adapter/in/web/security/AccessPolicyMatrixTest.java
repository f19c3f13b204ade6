package org.openhall.shared.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhall.shared.adapter.in.web.ProblemErrorController;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.HallScope;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The policy of docs/security.md, cell by cell, against the rules as they run. The tables are read
 * from the document itself, so that the document and the rules cannot drift apart.
 *
 * <p>The first table (roles × operations): for every operation and every role, a request of a
 * staff member in that role alone is let through (✓) or refused with 403 (–). No controller serves
 * these paths in this slice: a request the rules let through ends as 404, which is how "allowed"
 * shows here.
 *
 * <p>The second table (roles × the staff member's hall level × the case's hall level): whether a
 * staff member in that role at that hall may act on a case held at each hall — by the domain rule
 * every case use case applies ({@link Actor#mayActOn}), and only if the role reaches any case
 * operation of the first table at all.
 */
@WebMvcTest(ProblemErrorController.class)
class AccessPolicyMatrixTest {

    private static final Path DOCUMENT = Path.of("../../docs/security.md");
    private static final String CASES = "/api/v1/cases";

    @Autowired
    MockMvc mvc;

    /** One cell of the first table: an operation, a role, and whether the role may call it. */
    record Cell(String operation, HttpMethod method, String path, Role role, boolean allowed) {
        @Override
        public String toString() {
            return (allowed ? "✓ " : "– ") + role + " " + method + " " + path;
        }

        Cell flipped() {
            return new Cell(operation, method, path, role, !allowed);
        }
    }

    /** One cell of the second table: a role at a hall (or none), a case's hall, and whether the one acts on the other. */
    record LevelCell(Role role, HallScope staffHall, HallScope caseHall, boolean allowed) {
        @Override
        public String toString() {
            return (allowed ? "✓ " : "– ") + role + " at " + (staffHall == null ? "no hall" : text(staffHall))
                    + " on a case held at " + text(caseHall);
        }

        LevelCell flipped() {
            return new LevelCell(role, staffHall, caseHall, !allowed);
        }

        private static String text(HallScope scope) {
            return scope.hall() + " (" + scope.level() + ")";
        }
    }

    private static List<List<String>> table(String name) throws IOException {
        String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        String start = "<!-- " + name + ":start -->";
        String table = text.substring(text.indexOf(start) + start.length(), text.indexOf("<!-- " + name + ":end -->"))
                .strip();
        List<String> lines = table.lines().toList();
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns(lines.get(0)));
        for (String line : lines.subList(2, lines.size())) {
            List<String> row = columns(line);
            assertThat(row).as(line).hasSameSizeAs(rows.get(0));
            rows.add(row);
        }
        return rows;
    }

    private static String mark(String line, String mark) {
        assertThat(mark).as(line).isIn("✓", "–");
        return mark;
    }

    static List<Cell> cells() throws IOException {
        List<List<String>> rows = table("policy-table");
        List<String> header = rows.get(0);
        List<Role> roles = header.subList(3, header.size()).stream().map(Role::valueOf).toList();
        List<Cell> cells = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int i = 0; i < roles.size(); i++) {
                cells.add(new Cell(row.get(0), HttpMethod.valueOf(row.get(1)), row.get(2), roles.get(i),
                        mark(row.toString(), row.get(3 + i)).equals("✓")));
            }
        }
        return cells;
    }

    static List<LevelCell> levelCells() throws IOException {
        List<List<String>> rows = table("level-table");
        List<String> header = rows.get(0);
        List<HallScope> caseHalls = header.subList(2, header.size()).stream().map(AccessPolicyMatrixTest::hall)
                .toList();
        List<LevelCell> cells = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Role role = Role.valueOf(row.get(0));
            List<HallScope> staffHalls = switch (row.get(1)) {
                case "none" -> Arrays.asList((HallScope) null);
                // "any": every hall of the header and none at all.
                case "any" -> Stream.concat(caseHalls.stream(), Stream.of((HallScope) null)).toList();
                default -> List.of(hall(row.get(1)));
            };
            for (HallScope staffHall : staffHalls) {
                for (int i = 0; i < caseHalls.size(); i++) {
                    cells.add(new LevelCell(role, staffHall, caseHalls.get(i),
                            mark(row.toString(), row.get(2 + i)).equals("✓")));
                }
            }
        }
        return cells;
    }

    /** {@code HS-LN (TOWNSHIP)}: a hall's code and level. */
    private static HallScope hall(String text) {
        int open = text.indexOf('(');
        return new HallScope(text.substring(0, open).strip(),
                AdministrativeLevel.valueOf(text.substring(open + 1, text.indexOf(')')).strip()));
    }

    private static List<String> columns(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    static Stream<Cell> policy() throws IOException {
        return cells().stream();
    }

    static Stream<LevelCell> levelPolicy() throws IOException {
        return levelCells().stream();
    }

    @Test
    void theTableHasAColumnForEveryRole() throws IOException {
        assertThat(cells().stream().map(Cell::role).distinct()).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void theLevelTableHasRowsForEveryRoleAndEveryLevel() throws IOException {
        List<LevelCell> cells = levelCells();
        assertThat(cells.stream().map(LevelCell::role).distinct()).containsExactlyInAnyOrder(Role.values());
        assertThat(cells.stream().map(c -> c.caseHall().level()).distinct())
                .containsExactlyInAnyOrder(AdministrativeLevel.values());
        for (Role role : Role.values()) {
            assertThat(cells).filteredOn(c -> c.role() == role && c.staffHall() != null)
                    .as("%s at a city, a township and a village hall", role)
                    .extracting(c -> c.staffHall().level()).containsAll(Set.of(AdministrativeLevel.values()));
            assertThat(cells).filteredOn(c -> c.role() == role).as("%s at no hall", role)
                    .anyMatch(c -> c.staffHall() == null);
        }
    }

    @Test
    void onlyClerksApproversDepartmentHeadsAndSupervisorsReachCases() throws IOException {
        Set<Role> caseRoles = Set.of(Role.CLERK, Role.DEPARTMENT_APPROVER, Role.DEPARTMENT_HEAD, Role.SUPERVISOR);
        assertThat(cells()).filteredOn(c -> c.path().startsWith(CASES) && c.allowed())
                .allMatch(c -> caseRoles.contains(c.role()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policy")
    void theRulesFollowThePolicy(Cell cell) throws Exception {
        check(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levelPolicy")
    void theHallLevelRuleFollowsThePolicy(LevelCell cell) throws Exception {
        check(cell, cells());
    }

    /** Proof that the check can fail: a table that disagrees with the rules in one cell is caught. */
    @Test
    void aCellThatDisagreesWithTheRulesIsCaught() throws Exception {
        Cell receipt = cells().stream()
                .filter(c -> c.method() == HttpMethod.POST && c.path().equals(CASES) && c.role() == Role.CLERK)
                .findFirst().orElseThrow();
        Cell audit = cells().stream()
                .filter(c -> c.path().startsWith("/api/v1/audit/") && c.role() == Role.CLERK)
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> check(receipt.flipped())).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check(audit.flipped())).isInstanceOf(AssertionError.class);
    }

    /** The same proof for the level table: a township clerk shown acting on a city case, and the reverse. */
    @Test
    void aLevelCellThatDisagreesWithTheRuleIsCaught() throws Exception {
        List<Cell> cells = cells();
        LevelCell townshipOnCity = levelCells().stream()
                .filter(c -> c.role() == Role.CLERK && c.staffHall() != null
                        && c.staffHall().level() == AdministrativeLevel.TOWNSHIP
                        && c.caseHall().level() == AdministrativeLevel.CITY)
                .findFirst().orElseThrow();
        LevelCell supervisorOnVillage = levelCells().stream()
                .filter(c -> c.role() == Role.SUPERVISOR && c.caseHall().level() == AdministrativeLevel.VILLAGE)
                .findFirst().orElseThrow();
        LevelCell auditorOnCity = levelCells().stream()
                .filter(c -> c.role() == Role.AUDIT_ADMINISTRATOR && c.caseHall().level() == AdministrativeLevel.CITY)
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> check(townshipOnCity.flipped(), cells)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check(supervisorOnVillage.flipped(), cells)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check(auditorOnCity.flipped(), cells)).isInstanceOf(AssertionError.class);
    }

    private void check(Cell cell) throws Exception {
        Actor actor = new Actor("matrix." + cell.role().name().toLowerCase(Locale.ROOT), Set.of(cell.role()),
                Staff.PUBLIC_SECURITY, "矩阵");
        int status = mvc.perform(request(cell.method(), cell.path()).with(Staff.as(actor))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus();

        if (cell.allowed()) {
            assertThat(status).as(cell.toString()).isNotIn(401, 403);
        } else {
            assertThat(status).as(cell.toString()).isEqualTo(403);
        }
    }

    private static void check(LevelCell cell, List<Cell> operations) {
        boolean reachesCases = operations.stream()
                .anyMatch(c -> c.role() == cell.role() && c.path().startsWith(CASES) && c.allowed());
        Actor actor = new Actor("matrix." + cell.role().name().toLowerCase(Locale.ROOT), Set.of(cell.role()),
                Staff.PUBLIC_SECURITY, "矩阵", null, cell.staffHall());

        assertThat(reachesCases && actor.mayActOn(Staff.PUBLIC_SECURITY, cell.caseHall())).as(cell.toString())
                .isEqualTo(cell.allowed());
    }
}
