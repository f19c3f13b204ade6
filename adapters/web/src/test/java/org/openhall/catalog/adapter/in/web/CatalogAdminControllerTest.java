package org.openhall.catalog.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.catalog.adapter.in.web.CatalogViews.CATALOG_ADMIN;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.catalog.application.port.in.CatalogChangeLogQuery;
import org.openhall.catalog.application.port.in.CatalogChangeView;
import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.application.port.in.ItemVersionView;
import org.openhall.catalog.application.port.in.MaintainCatalogUseCase;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.catalog.domain.CatalogAction;
import org.openhall.catalog.domain.ItemDraft;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.MaterialRequirement;
import org.openhall.catalog.domain.problem.ItemStatusConflict;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Catalog maintenance: only catalog administrators, every element carried, problems as problem+json. */
@WebMvcTest(CatalogAdminController.class)
class CatalogAdminControllerTest {

    private static final ApprovalItemCode FOOD = new ApprovalItemCode("SCJG-001");
    private static final String DEFINITION = """
            {"nationalCode": "11450000MB1234567X-00001", "name": "食品经营许可", "kind": "ADMINISTRATIVE_LICENCE",
             "applicantTypes": ["NATURAL_PERSON", "LEGAL_PERSON"], "department": "SCJG",
             "implementingBody": "合山市市场监督管理局", "level": "CITY",
             "legalBases": [{"law": "《中华人民共和国食品安全法》", "article": "第三十五条"}],
             "conditions": ["已取得营业执照"],
             "materials": [
               {"code": "APP", "name": "食品经营许可申请书", "original": true, "copies": 1, "requirement": "REQUIRED",
                "form": "PAPER_OR_ELECTRONIC", "sampleFormRef": "见网上办事大厅"},
               {"code": "PROXY", "name": "委托书", "original": true, "copies": 1, "requirement": "CONDITIONAL",
                "condition": "委托他人办理时", "form": "PAPER"}],
             "approvalStandards": ["食品安全管理制度健全"], "resultDocuments": ["食品经营许可证"],
             "procedure": [{"name": "受理", "handlerRole": "窗口工作人员", "limitWorkingDays": 1},
                           {"name": "现场核查", "handlerRole": "核查人员", "limitWorkingDays": 10, "special": true}],
             "statutoryLimitWorkingDays": 20, "promisedLimitWorkingDays": 10,
             "fees": [{"name": "工本费", "amountYuan": 10.00, "basis": "桂价费〔2020〕12号"}],
             "deliveryMethods": ["PICKUP", "MAIL"], "decidedAtWindow": false,
             "stepsReturnedToDepartment": ["现场核查"], "maxVisits": 1, "onlineAvailable": true,
             "keywords": ["餐饮"]}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MaintainCatalogUseCase catalog;
    @MockitoBean
    CatalogChangeLogQuery changeLog;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        CatalogViews.registerIn(staff);
    }

    @Test
    void aCatalogAdministratorDraftsAnItemWithEveryElementAsSent() throws Exception {
        given(catalog.createDraft(eq(CATALOG_ADMIN), any())).willReturn(ItemVersionView.of(ItemDraft.start(FOOD,
                ApprovalItems.foodBusinessLicenceContent())));

        mvc.perform(post("/api/v1/admin/items/SCJG-001/draft").with(as(CATALOG_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(DEFINITION))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/admin/items/SCJG-001/draft")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").doesNotExist());

        ArgumentCaptor<ItemDefinition> sent = ArgumentCaptor.forClass(ItemDefinition.class);
        verify(catalog).createDraft(eq(CATALOG_ADMIN), sent.capture());
        ItemDefinition definition = sent.getValue();
        assertThat(definition.code()).isEqualTo(FOOD);
        assertThat(definition.materials().get(1).requirement()).isEqualTo(MaterialRequirement.CONDITIONAL);
        assertThat(definition.materials().get(1).condition()).isEqualTo("委托他人办理时");
        assertThat(definition.procedure().get(1).special()).isTrue();
        assertThat(definition.fees()).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualTo(ApprovalItems.certificateFee().amount()));
        assertThat(definition.windowAuthority().stepsReturnedToDepartment()).containsExactly("现场核查");
        assertThat(definition.keywords()).containsExactly("餐饮");
    }

    @Test
    void aDefinitionTheCatalogRefusesIsABadRequestNamingTheElement() throws Exception {
        String withoutLegalBasis = DEFINITION.replaceFirst(
                "\"legalBases\": \\[\\{\"law\": \"《中华人民共和国食品安全法》\", \"article\": \"第三十五条\"}]",
                "\"legalBases\": []");

        mvc.perform(post("/api/v1/admin/items/SCJG-001/draft").with(as(CATALOG_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(withoutLegalBasis))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("value.invalid"))
                .andExpect(jsonPath("$.field").value("item.legalBases"));
        verifyNoInteractions(catalog);
    }

    @Test
    void publishingADraftAnswers201WithThePublicAddressOfTheNewVersion() throws Exception {
        given(catalog.publishDraft(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-04-01")))
                .willReturn(CatalogViews.foodVersion(2));

        mvc.perform(post("/api/v1/admin/items/SCJG-001/draft/publication").with(as(CATALOG_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"2026-04-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/items/SCJG-001/versions/2")))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void aSuspensionCarriesItsDayAndReason() throws Exception {
        given(catalog.suspend(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"), "系统升级"))
                .willReturn(ItemVersionView.of(CatalogViews.food(3, ItemStatus.SUSPENDED, "系统升级")));

        mvc.perform(post("/api/v1/admin/items/SCJG-001/suspension").with(as(CATALOG_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"2026-03-02\", \"reason\": \"系统升级\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.statusReason").value("系统升级"));
    }

    @Test
    void aChangeWithoutItsDayIsRefusedBeforeReachingTheCatalog() throws Exception {
        mvc.perform(post("/api/v1/admin/items/SCJG-001/abolition").with(as(CATALOG_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"依法取消\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"));
        verifyNoInteractions(catalog);
    }

    @Test
    void aChangeThatDoesNotFitTheItemsStatusIsAConflictExplainedInChinese() throws Exception {
        given(catalog.resume(CATALOG_ADMIN, FOOD, LocalDate.parse("2026-03-02"), null))
                .willThrow(new ItemStatusConflict("SCJG-001", ItemStatus.PUBLISHED, CatalogAction.RESUMED));

        mvc.perform(post("/api/v1/admin/items/SCJG-001/resumption").with(as(CATALOG_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"2026-03-02\"}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("item.status-conflict"))
                .andExpect(jsonPath("$.detail").value("事项 SCJG-001 当前为“已发布”，不能恢复办理。"));
    }

    @Test
    void discardingADraftAnswers204() throws Exception {
        mvc.perform(delete("/api/v1/admin/items/SCJG-001/draft").with(as(CATALOG_ADMIN)))
                .andExpect(status().isNoContent());
        verify(catalog).discardDraft(CATALOG_ADMIN, FOOD);
    }

    @Test
    void clerksSupervisorsAndAnonymousCallersCannotMaintainTheCatalog() throws Exception {
        mvc.perform(post("/api/v1/admin/items/SCJG-001/draft").with(as(CLERK))
                .contentType(MediaType.APPLICATION_JSON).content(DEFINITION))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        mvc.perform(post("/api/v1/admin/items/SCJG-001/suspension").with(as(SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"2026-03-02\", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/items/drafts"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(catalog);
    }

    @Test
    void supervisorsReadTheChangeLogWithWhoWhenWhatAndWhy() throws Exception {
        given(changeLog.changes(SUPERVISOR, FOOD, new PageRequest(0, 20))).willReturn(Page.of(List.of(
                new CatalogChangeView("lu.catalog", OffsetDateTime.parse("2026-03-02T09:30:00+08:00"),
                        CatalogAction.SUSPENDED, "SCJG-001", 3, LocalDate.parse("2026-03-02"), "系统升级")),
                new PageRequest(0, 20), 1));

        mvc.perform(get("/api/v1/admin/catalog/changes").param("code", "SCJG-001").with(as(SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].actor").value("lu.catalog"))
                .andExpect(jsonPath("$.content[0].at").value("2026-03-02T09:30:00+08:00"))
                .andExpect(jsonPath("$.content[0].action").value("SUSPENDED"))
                .andExpect(jsonPath("$.content[0].version").value(3))
                .andExpect(jsonPath("$.content[0].reason").value("系统升级"));
        mvc.perform(get("/api/v1/admin/catalog/changes").with(as(CLERK)))
                .andExpect(status().isForbidden());
    }
}
