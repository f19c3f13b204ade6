package org.openhall.catalog.adapter.in.web;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
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
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemKind;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The catalog is public: anyone reads it without signing in. */
@WebMvcTest(ApprovalItemController.class)
class ApprovalItemControllerTest {

    private static final ApprovalItemView HUKOU = new ApprovalItemView("HS-GA-001", 2, "户口迁入登记",
            ItemKind.ADMINISTRATIVE_LICENCE, "PSB", "《户口登记条例》 第十条", 20, 5,
            List.of(new ApprovalItemView.MaterialView("ID_CARD", "居民身份证", true, 1, true),
                    new ApprovalItemView.MaterialView("PHOTO", "近期免冠照片", false, 2, false)));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApprovalItemQuery items;
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
    void oneItemShowsItsServiceGuideWithoutSigningIn() throws Exception {
        given(items.get(new ApprovalItemCode("HS-GA-001"))).willReturn(HUKOU);

        mvc.perform(get("/api/v1/items/HS-GA-001"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.name").value("户口迁入登记"))
                .andExpect(jsonPath("$.department").value("PSB"))
                .andExpect(jsonPath("$.legalBasis").value("《户口登记条例》 第十条"))
                .andExpect(jsonPath("$.statutoryLimitWorkingDays").value(20))
                .andExpect(jsonPath("$.promisedLimitWorkingDays").value(5))
                .andExpect(jsonPath("$.materials[0].code").value("ID_CARD"))
                .andExpect(jsonPath("$.materials[0].original").value(true))
                .andExpect(jsonPath("$.materials[1].copies").value(2))
                .andExpect(jsonPath("$.materials[1].mandatory").value(false));
    }

    @Test
    void anUnknownItemIsNotFoundWithItsCodeAndAChineseExplanation() throws Exception {
        given(items.get(any())).willThrow(new ResourceNotFound("item", "NOPE-1"));

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
        given(items.get(any())).willThrow(new ResourceNotFound("item", "NOPE-1"));

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
