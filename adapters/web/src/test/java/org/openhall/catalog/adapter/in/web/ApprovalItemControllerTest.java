package org.openhall.catalog.adapter.in.web;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.application.port.in.ApprovalItemView;
import org.openhall.catalog.application.port.in.ItemVersionSummaryView;
import org.openhall.catalog.application.port.in.ServiceGuideQuery;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The catalog is public: anyone reads it, searches it and reads its guides without signing in. */
@WebMvcTest(ApprovalItemController.class)
class ApprovalItemControllerTest {

    private static final ApprovalItemCode FOOD = new ApprovalItemCode("SCJG-001");
    private static final ApprovalItemView HUKOU = new ApprovalItemView("HS-GA-001", 2, "户口迁入登记",
            ItemKind.ADMINISTRATIVE_LICENCE, "PSB", "《户口登记条例》 第十条", 20, 5,
            List.of(new ApprovalItemView.MaterialView("ID_CARD", "居民身份证", true, 1, true)));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApprovalItemQuery items;
    @MockitoBean
    ServiceGuideQuery guides;
    @MockitoBean
    StaffDirectory staff;

    @Test
    void theCatalogIsListedPageByPageWithoutSigningIn() throws Exception {
        given(items.list(new PageRequest(0, 20))).willReturn(Page.of(List.of(HUKOU), new PageRequest(0, 20), 41));

        mvc.perform(get("/api/v1/items"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].code").value("HS-GA-001"))
                .andExpect(jsonPath("$.content[0].kind").value("ADMINISTRATIVE_LICENCE"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalElements").value(41))
                .andExpect(jsonPath("$.totalPages").value(3));
        verifyNoInteractions(staff);
    }

    @Test
    void aQuerySearchesTheCatalogWithTheWordsAsTyped() throws Exception {
        given(items.search("食品 许可", new PageRequest(1, 5))).willReturn(Page.of(List.of(HUKOU),
                new PageRequest(1, 5), 6));

        mvc.perform(get("/api/v1/items").param("q", "食品 许可").param("page", "1").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].code").value("HS-GA-001"))
                .andExpect(jsonPath("$.totalElements").value(6));
        verify(items).search("食品 许可", new PageRequest(1, 5));
    }

    @Test
    void oneItemShowsTheVersionInForceWithEveryElementAndItsVersionAsETag() throws Exception {
        given(items.current(FOOD)).willReturn(CatalogViews.foodVersion(2));

        mvc.perform(get("/api/v1/items/SCJG-001"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.name").value("食品经营许可"))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.validFrom").value("2026-03-02"))
                .andExpect(jsonPath("$.validTo").doesNotExist())
                .andExpect(jsonPath("$.implementingBody").value("合山市市场监督管理局"))
                .andExpect(jsonPath("$.legalBasis").value("《中华人民共和国食品安全法》 第三十五条"))
                .andExpect(jsonPath("$.legalBases[1].citation").value("《食品经营许可和备案管理办法》 第六条"))
                .andExpect(jsonPath("$.materials[2].requirement").value("CONDITIONAL"))
                .andExpect(jsonPath("$.materials[2].condition").value("委托他人办理时"))
                .andExpect(jsonPath("$.materials[1].supplyLaterAllowed").value(true))
                .andExpect(jsonPath("$.procedure[2].special").value(true))
                .andExpect(jsonPath("$.statutoryLimitWorkingDays").value(20))
                .andExpect(jsonPath("$.promisedLimitWorkingDays").value(10))
                .andExpect(jsonPath("$.free").value(true))
                .andExpect(jsonPath("$.stepsReturnedToDepartment[0]").value("现场核查"))
                .andExpect(jsonPath("$.maxVisits").value(1))
                .andExpect(jsonPath("$.onlineAvailable").value(true));
    }

    @Test
    void anItemsVersionsAreListedAndEachCanBeRead() throws Exception {
        given(items.versions(FOOD)).willReturn(List.of(
                ItemVersionSummaryView.of(CatalogViews.food(1, ItemStatus.PUBLISHED, null)),
                ItemVersionSummaryView.of(CatalogViews.food(2, ItemStatus.SUSPENDED, "系统升级"))));
        given(items.version(FOOD, 1)).willReturn(CatalogViews.foodVersion(1));

        mvc.perform(get("/api/v1/items/SCJG-001/versions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].status").value("SUSPENDED"))
                .andExpect(jsonPath("$[1].statusReason").value("系统升级"));
        mvc.perform(get("/api/v1/items/SCJG-001/versions/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void theGuideIsArrangedByTheEightPublicElements() throws Exception {
        given(guides.guide(FOOD)).willReturn(CatalogViews.foodGuide());

        mvc.perform(get("/api/v1/items/SCJG-001/guide"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptingApplications").value(true))
                .andExpect(jsonPath("$.item.name").value("食品经营许可"))
                .andExpect(jsonPath("$.legalBases", hasSize(2)))
                .andExpect(jsonPath("$.conditions.conditions", hasSize(2)))
                .andExpect(jsonPath("$.materials", hasSize(3)))
                .andExpect(jsonPath("$.procedure.steps", hasSize(4)))
                .andExpect(jsonPath("$.timeLimits.specialSteps[0]").value("现场核查"))
                .andExpect(jsonPath("$.fees.free").value(true))
                .andExpect(jsonPath("$.result.documents[0]").value("食品经营许可证"));
    }

    @Test
    void anUnknownItemIsNotFoundWithItsCodeAndAChineseExplanation() throws Exception {
        given(items.current(any())).willThrow(new ResourceNotFound("item", "NOPE-1"));

        mvc.perform(get("/api/v1/items/NOPE-1"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.code").value("item.not-found"))
                .andExpect(jsonPath("$.detail").value("事项目录中没有事项 NOPE-1。"))
                .andExpect(jsonPath("$.instance").value("/api/v1/items/NOPE-1"))
                .andExpect(jsonPath("$.key").value("NOPE-1"));
    }

    @Test
    void anUnknownItemIsExplainedInEnglishToWhoeverAsksForEnglish() throws Exception {
        given(items.current(any())).willThrow(new ResourceNotFound("item", "NOPE-1"));

        mvc.perform(get("/api/v1/items/NOPE-1").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("There is no approval item NOPE-1 in the catalog."));
    }

    @Test
    void anItemCodeThatCannotExistIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/items/{code}", "-no good-"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("value.invalid"))
                .andExpect(jsonPath("$.field").value("itemCode"));
        verifyNoInteractions(items);
    }

    @Test
    void theCatalogCannotBeWrittenWithoutSigningIn() throws Exception {
        mvc.perform(post("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"));
    }
}
