package org.openhall.shared.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhall.shared.adapter.in.web.ProblemErrorController;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The policy table of docs/security.md, cell by cell, against the security rules as they run: for
 * every operation and every role, a request of a staff member in that role alone is let through
 * (✓) or refused with 403 (–). The table is read from the document itself, so that the document
 * and the rules cannot drift apart. No controller serves these paths in this slice: a request the
 * rules let through ends as 404, which is how "allowed" shows here.
 */
@WebMvcTest(ProblemErrorController.class)
class AccessPolicyMatrixTest {

    private static final Path DOCUMENT = Path.of("../../docs/security.md");
    private static final String START = "<!-- policy-table:start -->";
    private static final String END = "<!-- policy-table:end -->";

    @Autowired
    MockMvc mvc;

    /** One cell: an operation, a role, and whether the role may call it. */
    record Cell(String operation, HttpMethod method, String path, Role role, boolean allowed) {
        @Override
        public String toString() {
            return (allowed ? "✓ " : "– ") + role + " " + method + " " + path;
        }
    }

    static List<Cell> cells() throws IOException {
        String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        String table = text.substring(text.indexOf(START) + START.length(), text.indexOf(END)).strip();
        List<String> lines = table.lines().toList();
        List<String> header = columns(lines.get(0));
        List<Role> roles = header.subList(3, header.size()).stream().map(Role::valueOf).toList();
        List<Cell> cells = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            List<String> row = columns(line);
            assertThat(row).as(line).hasSize(header.size());
            for (int i = 0; i < roles.size(); i++) {
                String mark = row.get(3 + i);
                assertThat(mark).as(line).isIn("✓", "–");
                cells.add(new Cell(row.get(0), HttpMethod.valueOf(row.get(1)), row.get(2), roles.get(i),
                        mark.equals("✓")));
            }
        }
        return cells;
    }

    private static List<String> columns(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    static Stream<Cell> policy() throws IOException {
        return cells().stream();
    }

    @Test
    void theTableHasAColumnForEveryRole() throws IOException {
        assertThat(cells().stream().map(Cell::role).distinct()).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void onlyClerksApproversAndSupervisorsReachCases() throws IOException {
        Set<Role> caseRoles = Set.of(Role.CLERK, Role.DEPARTMENT_APPROVER, Role.SUPERVISOR);
        assertThat(cells()).filteredOn(c -> c.path().startsWith("/api/v1/cases") && c.allowed())
                .allMatch(c -> caseRoles.contains(c.role()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policy")
    void theRulesFollowThePolicy(Cell cell) throws Exception {
        Actor actor = new Actor("matrix." + cell.role().name().toLowerCase(java.util.Locale.ROOT), Set.of(cell.role()),
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
}
