package org.openhall.servicecase.adapter.in.web.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.network.application.port.in.DepartmentView;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.servicecase.adapter.in.web.track.TrackingLinks;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Notices over HTTP: a PDF for staff when the case has the notice, a 404 problem when it has not. */
@WebMvcTest(value = CaseNoticeController.class,
        properties = TrackingLinks.BASE_URL_PROPERTY + "=https://zwfw.heshan.example.cn/")
@Import({ TrackingLinks.class, CaseNoticeControllerTest.Centre.class })
class CaseNoticeControllerTest {

    private static final UUID ID = UUID.fromString(NoticeSamples.ID);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ServiceCaseQuery cases;
    @MockitoBean
    ApprovalItemLookup items;
    @MockitoBean
    ServiceNetworkQuery network;
    @MockitoBean
    StaffDirectory staff;

    @TestConfiguration(proxyBeanMethods = false)
    static class Centre {
        @Bean
        CentreProfile centreProfile() {
            return new CentreProfile("合山市政务服务中心", new JurisdictionCode("451381"), "451381",
                    ZoneId.of("Asia/Shanghai"));
        }
    }

    @BeforeEach
    void wire() {
        Staff.registerIn(staff);
        given(items.item(any(), eq(1))).willReturn(ApprovalItems.foodBusinessLicence());
        given(network.departments()).willReturn(List.of(new DepartmentView("SCJG", "合山市市场监督管理局", true)));
    }

    @Test
    void anAcceptedCasesAcceptanceNoticeIsAPdfWithTheCentreTheDepartmentAndTheItemsLegalBasis() throws Exception {
        given(cases.get(CLERK, new ServiceCaseId(ID))).willReturn(NoticeSamples.accepted());

        byte[] pdf = mvc.perform(get("/api/v1/cases/" + ID + "/notices/acceptance").with(as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "inline; filename=\"" + NoticeSamples.NUMBER + "-acceptance.pdf\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("合山市政务服务中心",
                    "受理通知书", NoticeSamples.NUMBER, "合山市市场监督管理局", "《中华人民共和国食品安全法》第三十五条",
                    "https://zwfw.heshan.example.cn/track/" + NoticeSamples.NUMBER);
        }
    }

    @Test
    void aCaseNotYetAcceptedHasNoAcceptanceNotice() throws Exception {
        given(cases.get(CLERK, new ServiceCaseId(ID))).willReturn(NoticeSamples.submitted());

        mvc.perform(get("/api/v1/cases/" + ID + "/notices/acceptance").with(as(CLERK)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("case.notice-not-available"))
                .andExpect(jsonPath("$.kind").value("acceptance"));
    }

    @Test
    void refusalNoticesAreNotAvailableUntilTheCaseRecordsARefusal() throws Exception {
        given(cases.get(CLERK, new ServiceCaseId(ID))).willReturn(NoticeSamples.accepted());

        mvc.perform(get("/api/v1/cases/" + ID + "/notices/refusal").with(as(CLERK)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("case.notice-not-available"));
    }

    @Test
    void anUnknownKindOfNoticeIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/cases/" + ID + "/notices/love-letter").with(as(CLERK)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("notice-kind.not-found"));
    }

    @Test
    void noticesNeedASignIn() throws Exception {
        mvc.perform(get("/api/v1/cases/" + ID + "/notices/acceptance"))
                .andExpect(status().isUnauthorized());
    }
}
