package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.OpenStaffAccountCommand;
import org.openhall.network.application.port.in.OpenStaffAccountUseCase;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * The catalog through the API alone, on the demo pack: Chinese search on PostgreSQL, a new version
 * published while a case runs (the case keeps its version), a suspension that refuses new
 * applications, the change log of it all, and the dated catalog and its diff.
 *
 * <p>Other tests share this database and use 食品经营许可, so these tests change only the health
 * commission's items, and leave every item published.
 */
class CatalogIT extends OpenHallIT {

    private static final String CATALOG_ADMIN = "catalog.admin:demo-Catalog-2026";

    @Autowired
    OpenStaffAccountUseCase accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void catalogAdministrator() {
        accounts.openIfAbsent(new OpenStaffAccountCommand(new StaffUsername("catalog.admin"), "陆目录",
                passwords.encode("demo-Catalog-2026"), Set.of(Role.CATALOG_ADMINISTRATOR), null));
    }

    @Test
    void theCatalogIsSearchedByChineseWordsWithoutSigningIn() {
        today("2026-03-02T10:00:00");

        assertThat(codes(get(null, "/api/v1/items?q=" + encode("食品")))).contains("SCJG-001");
        assertThat(codes(get(null, "/api/v1/items?q=" + encode("卫生 许可")))).contains("WSJK-001")
                .doesNotContain("SCJG-001");
        assertThat(codes(get(null, "/api/v1/items?q=" + encode("卫生健康局")))).as("by implementing body")
                .contains("WSJK-001", "WSJK-002");
        assertThat(get(null, "/api/v1/items?q=" + encode("火星")).json().path("totalElements").asLong()).isZero();
    }

    @Test
    void aCaseKeepsTheItemVersionItWasReceivedUnderWhileANewVersionIsPublished() {
        today("2026-03-02T10:00:00");
        String running = submit(CLERK_WSJK, "WSJK-002", "APP", "APPROVAL", "PREMISES", "STAFF");

        publishVersionWithoutRulesButWithEquipment("2026-03-02");

        Reply notice = post(CLERK_WSJK, "/api/v1/cases/" + running + "/supplement-request", "{\"defects\":{}}");
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        assertThat(notice.json().path("notices").get(0).path("items").get(0).path("code").asString())
                .as("version 1's missing material, not version 2's").isEqualTo("RULES");
        assertThat(post(CLERK_WSJK, "/api/v1/cases/" + running + "/materials", "{\"materials\":[\"RULES\"]}")
                .status()).as("RULES belongs to version 1, which the case was received under").isEqualTo(200);
        Reply accepted = post(CLERK_WSJK, "/api/v1/cases/" + running + "/acceptance", null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("itemVersion").asInt()).isEqualTo(1);
        assertThat(get(CLERK_WSJK, "/api/v1/cases/" + running).json().path("itemVersion").asInt()).isEqualTo(1);

        String newer = submit(CLERK_WSJK, "WSJK-002", "APP", "APPROVAL", "PREMISES", "STAFF", "EQUIPMENT");
        assertThat(get(CLERK_WSJK, "/api/v1/cases/" + newer).json().path("itemVersion").asInt()).isEqualTo(2);
        assertThat(post(CLERK_WSJK, "/api/v1/cases", application("WSJK-002", "APP", "RULES")).code())
                .as("version 2 has no RULES").isEqualTo("case.unknown-material");

        JsonNode versions = get(null, "/api/v1/items/WSJK-002/versions").json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("validTo").asString()).isEqualTo("2026-03-01");
        JsonNode diff = get(null, "/api/v1/catalog/diff?from=2026-03-01&to=2026-03-02").json();
        assertThat(diff.path("amended").get(0).path("code").asString()).isEqualTo("WSJK-002");
        assertThat(diff.path("amended").get(0).path("changedElements").toString()).isEqualTo("[\"materials\"]");
        assertThat(codesOf(get(null, "/api/v1/catalog/snapshot?date=2026-03-02").json().path("items")))
                .contains("WSJK-002");
    }

    @Test
    void aSuspendedItemRefusesNewApplicationsUntilResumedAndEveryChangeIsLogged() {
        today("2026-03-03T09:00:00");
        Reply suspended = post(CATALOG_ADMIN, "/api/v1/admin/items/WSJK-001/suspension",
                "{\"from\":\"2026-03-03\",\"reason\":\"检测设备更换\"}");
        assertThat(suspended.status()).isEqualTo(201);

        Reply refused = post(CLERK_WSJK, "/api/v1/cases", application("WSJK-001", "APP"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("item.not-available");
        assertThat(refused.json().path("detail").asString()).isEqualTo("事项 WSJK-001 目前不受理申请（暂停办理）。");
        Reply page = get(null, "/guide/items/WSJK-001");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("八、办理结果", "本事项暂停办理，暂不受理新的申请（检测设备更换）。");

        today("2026-03-03T15:00:00");
        assertThat(post(CATALOG_ADMIN, "/api/v1/admin/items/WSJK-001/resumption",
                "{\"from\":\"2026-03-03\",\"reason\":\"设备已更换\"}").status()).isEqualTo(201);
        assertThat(post(CLERK_WSJK, "/api/v1/cases", application("WSJK-001", "APP")).status()).isEqualTo(201);

        JsonNode changes = get(SUPERVISOR, "/api/v1/admin/catalog/changes?code=WSJK-001").json().path("content");
        List<String> logged = new ArrayList<>();
        changes.forEach(c -> logged.add(c.path("action").asString() + " by " + c.path("actor").asString() + ": "
                + c.path("reason").asString()));
        assertThat(logged).startsWith("RESUMED by catalog.admin: 设备已更换", "SUSPENDED by catalog.admin: 检测设备更换");
        assertThat(changes.get(1).path("at").asString()).startsWith("2026-03-03T09:00").endsWith("+08:00");
        assertThat(post(CLERK_WSJK, "/api/v1/admin/items/WSJK-001/abolition",
                "{\"from\":\"2026-03-04\",\"reason\":\"x\"}").status()).as("a clerk maintains nothing").isEqualTo(403);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM catalog_change")).isInstanceOf(DataAccessException.class);
    }

    private void publishVersionWithoutRulesButWithEquipment(String from) {
        JsonNode current = get(null, "/api/v1/items/WSJK-002").json();
        String definition = """
                {"name": "%s", "kind": "ADMINISTRATIVE_LICENCE", "applicantTypes": ["NATURAL_PERSON", "LEGAL_PERSON"],
                 "department": "WSJK", "implementingBody": "合山市卫生健康局", "level": "CITY",
                 "legalBases": [{"law": "《医疗机构管理条例》", "article": "第十五条、第十七条"}],
                 "materials": [
                   {"code": "APP", "name": "医疗机构申请执业登记注册书", "original": true, "copies": 1, "requirement": "REQUIRED", "form": "PAPER"},
                   {"code": "APPROVAL", "name": "设置医疗机构批准书", "original": false, "copies": 1, "requirement": "REQUIRED", "form": "PAPER"},
                   {"code": "PREMISES", "name": "医疗机构用房产权证明或使用证明", "original": false, "copies": 1, "requirement": "REQUIRED", "form": "PAPER"},
                   {"code": "STAFF", "name": "医务人员执业资格证书", "original": false, "copies": 1, "requirement": "REQUIRED", "form": "PAPER"},
                   {"code": "EQUIPMENT", "name": "医疗设备清单", "original": true, "copies": 1, "requirement": "REQUIRED", "form": "PAPER"}],
                 "conditions": ["按照设置审批或备案的要求建成，有相应的房屋、设施、设备、人员、规章制度和资金"],
                 "approvalStandards": ["符合医疗机构基本标准，现场审核合格"], "resultDocuments": ["医疗机构执业许可证"],
                 "procedure": [
                   {"name": "受理", "handlerRole": "窗口受理人员", "limitWorkingDays": 1},
                   {"name": "资料审查", "handlerRole": "审核人员", "limitWorkingDays": 5},
                   {"name": "现场审核", "handlerRole": "审核人员", "limitWorkingDays": 10},
                   {"name": "决定", "handlerRole": "审批人员", "limitWorkingDays": 3},
                   {"name": "发证", "handlerRole": "窗口人员", "limitWorkingDays": 1}],
                 "statutoryLimitWorkingDays": %d, "promisedLimitWorkingDays": %d,
                 "deliveryMethods": ["PICKUP"], "decidedAtWindow": false, "stepsReturnedToDepartment": ["现场审核", "决定"],
                 "maxVisits": 2, "onlineAvailable": true, "keywords": ["诊所", "医院", "卫生院", "门诊部"]}
                """.formatted(current.path("name").asString(), current.path("statutoryLimitWorkingDays").asInt(),
                current.path("promisedLimitWorkingDays").asInt());
        Reply draft = post(CATALOG_ADMIN, "/api/v1/admin/items/WSJK-002/draft", definition);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        Reply published = post(CATALOG_ADMIN, "/api/v1/admin/items/WSJK-002/draft/publication",
                "{\"from\":\"" + from + "\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().path("version").asInt()).isEqualTo(2);
    }

    private String submit(String user, String item, String... materials) {
        Reply r = post(user, "/api/v1/cases", application(item, materials));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    private static String application(String item, String... materials) {
        return """
                {"itemCode":"%s","applicant":{"name":"王五","idNumber":"%s","phone":"13800138000"},
                 "materials":["%s"]}""".formatted(item, VALID_ID, String.join("\",\"", materials));
    }

    private static List<String> codes(Reply page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return codesOf(page.json().path("content"));
    }

    private static List<String> codesOf(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.path("code").asString()));
        return codes;
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
