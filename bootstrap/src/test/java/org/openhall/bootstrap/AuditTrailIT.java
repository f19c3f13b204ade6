package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.audit.application.port.in.PublishChainHeadUseCase;
import org.openhall.audit.domain.ChainHead;
import org.openhall.network.application.port.in.OpenStaffAccountCommand;
import org.openhall.network.application.port.in.OpenStaffAccountUseCase;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase;
import org.openhall.shared.domain.access.Role;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * The audit trail over the whole application: a case transition, a refusal, a reveal of personal
 * data and an administrator's action each leave exactly one record with who, when, from where,
 * which action on which object and the result; the audit administrator reads them (and is
 * recorded reading them); the chain is intact and its daily head is public; the application's
 * database role cannot rewrite a record.
 */
class AuditTrailIT extends OpenHallIT {

    private static final String AUDITOR = "audit.admin:demo-Audit-2026";
    private static final String CATALOG_ADMIN = "catalog.admin:demo-Catalog-2026";

    @Autowired
    OpenStaffAccountUseCase accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PublishChainHeadUseCase chainHeads;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void administrators() {
        accounts.openIfAbsent(new OpenStaffAccountCommand(new StaffUsername("audit.admin"), "韦审计",
                passwords.encode("demo-Audit-2026"), Set.of(Role.AUDIT_ADMINISTRATOR), null));
        accounts.openIfAbsent(new OpenStaffAccountCommand(new StaffUsername("catalog.admin"), "陆目录",
                passwords.encode("demo-Catalog-2026"), Set.of(Role.CATALOG_ADMINISTRATOR), null));
    }

    @Test
    void aCaseTransitionLeavesOneRecordWithWhoWhenWhereWhatAndResult() {
        today("2026-03-02T10:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        today("2026-03-02T10:15:30");
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);

        // The listeners that follow the case (supervision) are recorded too, under their own names.
        List<JsonNode> records = records("actor=clerk.scjg&object=" + id);
        assertThat(records).hasSize(1);
        JsonNode accepted = records.getFirst();
        assertThat(accepted.path("actor").asString()).isEqualTo("clerk.scjg");
        assertThat(accepted.path("occurredAt").asString()).isEqualTo("2026-03-02T10:15:30+08:00");
        assertThat(accepted.path("sourceAddress").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(accepted.path("action").asString()).isEqualTo("POST /api/v1/cases/{id}/acceptance");
        assertThat(accepted.path("object").asString()).isEqualTo("id=" + id);
        assertThat(accepted.path("result").asString()).isEqualTo("success");
        assertThat(accepted.path("hash").asString()).hasSize(64).isNotEqualTo(accepted.path("previousHash").asString());
    }

    @Test
    void aChangeWhoseRecordCannotBeWrittenIsRolledBackAndAnsweredAsAFailure() throws Exception {
        today("2026-03-03T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        // The database itself refuses this case's acceptance record: nothing in the application knows.
        asOwner("""
                CREATE FUNCTION refuse_audit_of_%1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.object = 'id=%2$s' AND NEW.result = 'success' THEN
                        RAISE EXCEPTION 'audit store refuses the record';
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER refuse_audit_of_%1$s BEFORE INSERT ON audit_record
                    FOR EACH ROW EXECUTE FUNCTION refuse_audit_of_%1$s();""".formatted(tag(id), id));
        Reply failed;
        try {
            failed = post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null);
        } finally {
            asOwner("DROP TRIGGER refuse_audit_of_%1$s ON audit_record; DROP FUNCTION refuse_audit_of_%1$s();"
                    .formatted(tag(id)));
        }

        assertThat(failed.status()).as(failed.body()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_transition WHERE case_id = ? AND action = 'ACCEPT'",
                Integer.class, UUID.fromString(id))).as("the acceptance was rolled back").isZero();
        // The clerk's records only: the listeners a supervisor follows leave records on the same case.
        List<JsonNode> records = records("actor=clerk.scjg&object=" + id);
        assertThat(records).as("the failure itself is recorded, once").hasSize(1);
        assertThat(records.getFirst().path("result").asString()).isEqualTo(failed.code());

        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status())
                .as("the case is still waiting for its acceptance").isEqualTo(200);
        assertThat(records("actor=clerk.scjg&object=" + id)).extracting(r -> r.path("result").asString())
                .containsExactly("success", failed.code());
    }

    @Test
    void aRefusalByTheSecurityChainIsRecordedWithItsProblemCodeWhateverTheMethod() {
        today("2026-03-04T09:00:00");
        Reply refused = get(CLERK_SCJG, "/actuator/prometheus");
        assertThat(refused.status()).isEqualTo(403);
        String caseId = UUID.randomUUID().toString();
        Reply unknown = get("clerk.scjg:not-the-password", "/api/v1/cases/" + caseId);
        assertThat(unknown.status()).isEqualTo(401);

        JsonNode denial = records("actor=clerk.scjg&action=" + encode("GET /actuator/prometheus")).getFirst();
        assertThat(denial.path("result").asString()).isEqualTo(refused.code());
        assertThat(denial.path("occurredAt").asString()).isEqualTo("2026-03-04T09:00:00+08:00");
        JsonNode unauthenticated = records("actor=anonymous&action=" + caseId).getFirst();
        assertThat(unauthenticated.path("action").asString()).isEqualTo("GET /api/v1/cases/" + caseId);
        assertThat(unauthenticated.path("result").asString()).isEqualTo(unknown.code());
    }

    @Test
    void aRevealOfPersonalDataIsRecordedButNeverItsContent() {
        today("2026-09-20T09:00:00");
        Reply draft = post(APPROVER_SCJG, "/api/v1/participation/staff/drafts", """
                {"title": "合山市公共自行车管理办法（征求意见稿）", "summary": "规范公共自行车。",
                 "fullText": "第一条 ……", "explanation": "起草说明……", "periodDays": 30}""");
        assertThat(draft.status()).isEqualTo(201);
        String draftId = draft.json().path("id").asString();
        String comment = post(null, "/api/v1/participation/drafts/" + draftId + "/comments", """
                {"name": "王五", "phone": "13900139000", "text": "增加还车点"}""").json().path("commentId").asString();

        Reply contact = post(SUPERVISOR, "/api/v1/participation/staff/drafts/" + draftId + "/comments/" + comment
                + "/contact", null);
        assertThat(contact.status()).isEqualTo(200);

        List<JsonNode> reveals = records("object=" + comment + "&action=contact");
        assertThat(reveals).hasSize(1);
        assertThat(reveals.getFirst().path("actor").asString()).isEqualTo("supervisor");
        assertThat(reveals.getFirst().path("object").asString()).contains(draftId, comment);
        assertThat(reveals.getFirst().path("action").asString()).startsWith("POST ").endsWith("/contact");
        JsonNode anonymousComment = records("object=" + draftId + "&actor=anonymous").getFirst();
        assertThat(anonymousComment.path("action").asString()).endsWith("/comments");
        assertThat(get(AUDITOR, "/api/v1/audit/records?object=" + draftId).body())
                .doesNotContain("王五", "13900139000", "增加还车点");
    }

    @Test
    void anAdministratorsActionIsRecordedEvenWhenRefusedAndReadingTheTrailIsRecordedToo() {
        today("2026-03-05T11:00:00");
        Reply suspension = post(CATALOG_ADMIN, "/api/v1/admin/items/NONE-999/suspension",
                "{\"from\":\"2026-03-05\",\"reason\":\"设备检修\"}");
        assertThat(suspension.status()).isGreaterThanOrEqualTo(400);

        JsonNode action = records("actor=catalog.admin&object=NONE-999").getFirst();
        assertThat(action.path("action").asString()).isEqualTo("POST /api/v1/admin/items/{code}/suspension");
        assertThat(action.path("result").asString()).isEqualTo(suspension.code());

        today("2026-03-05T11:30:00");
        assertThat(get(AUDITOR, "/api/v1/audit/records?actor=nobody").status()).isEqualTo(200);
        JsonNode reading = records("actor=audit.admin&action=" + encode("GET /api/v1/audit/records")).getFirst();
        assertThat(reading.path("occurredAt").asString()).isEqualTo("2026-03-05T11:30:00+08:00");
        assertThat(get(SUPERVISOR, "/api/v1/audit/records").status()).as("only the audit administrator")
                .isEqualTo(403);
    }

    @Test
    void theChainIsIntactAndItsDailyHeadIsPublic() {
        today("2026-12-30T10:00:00");
        post(CLERK_SCJG, "/api/v1/cases/" + UUID.randomUUID() + "/acceptance", null);
        today("2026-12-31T00:10:00");
        ChainHead head = chainHeads.publishPreviousDay().orElseThrow();
        assertThat(chainHeads.publishPreviousDay()).as("idempotent").contains(head);

        Reply published = get(null, "/api/v1/public/audit/chain-heads/2026-12-30");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("lastSequence").asLong()).isEqualTo(head.lastSequence());
        assertThat(published.json().path("headHash").asString()).isEqualTo(head.headHash()).hasSize(64);
        assertThat(published.json().path("algorithm").asString()).isEqualTo("SHA-256");
        assertThat(get(null, "/api/v1/public/audit/chain-heads").json().toString()).contains(head.headHash());
        Reply missing = get(null, "/api/v1/public/audit/chain-heads/2001-01-01");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("chain-head.not-found");

        JsonNode verification = get(AUDITOR, "/api/v1/audit/verification").json();
        assertThat(verification.path("intact").asBoolean()).isTrue();
        assertThat(verification.path("lastSequence").asLong()).isGreaterThanOrEqualTo(head.lastSequence());
    }

    @Test
    void theApplicationsDatabaseRoleCannotRewriteOrRemoveAuditRecords() {
        today("2026-03-06T09:00:00");
        post(CLERK_SCJG, "/api/v1/cases/" + UUID.randomUUID() + "/acceptance", null);

        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("openhall_app");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_record SET result = 'success'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_record"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("TRUNCATE audit_record"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_chain_head"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theCountyPackImportOfTheFirstStartIsRecordedOnceWithTheSystemAsActor() {
        List<JsonNode> imports = records("actor=" + encode("system:county-pack"));

        assertThat(imports).singleElement().satisfies(record -> {
            assertThat(record.path("action").asString()).isEqualTo("county-pack import");
            assertThat(record.path("object").asString())
                    .isEqualTo("pack=classpath:county-packs/heshan,jurisdiction=451381,effectiveFrom=1970-01-01");
            assertThat(record.path("result").asString()).isEqualTo("success");
            assertThat(record.path("sourceAddress").asString()).isEqualTo("-");
        });
    }

    /** Runs {@code sql} as the database's owner, who alone may add a trigger. */
    private static void asOwner(String sql) throws SQLException {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(PostgresTestDatabase.jdbcUrl());
        owner.setUser(PostgresTestDatabase.username());
        owner.setPassword(PostgresTestDatabase.password());
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String tag(String caseId) {
        return caseId.replace("-", "_");
    }

    private List<JsonNode> records(String query) {
        Reply reply = get(AUDITOR, "/api/v1/audit/records?size=200&" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> records = new ArrayList<>();
        reply.json().path("content").forEach(records::add);
        return records;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
