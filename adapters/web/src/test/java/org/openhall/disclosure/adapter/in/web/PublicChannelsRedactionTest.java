package org.openhall.disclosure.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.disclosure.domain.DisclosureSamples.CHINA;
import static org.openhall.disclosure.domain.DisclosureSamples.OFFICER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.disclosure.application.port.in.AttachmentInput;
import org.openhall.disclosure.application.port.in.PublicDisclosureQuery;
import org.openhall.disclosure.application.port.out.InMemoryCatalogEntryRepository;
import org.openhall.disclosure.application.port.out.InMemoryDisclosureGuideRepository;
import org.openhall.disclosure.application.port.out.InMemoryDisclosureRequestRepository;
import org.openhall.disclosure.application.port.out.InMemoryDisclosureSequence;
import org.openhall.disclosure.application.service.DisclosureCatalogService;
import org.openhall.disclosure.domain.DisclosureSamples;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.openhall.disclosure.domain.catalog.GuideCategory;
import org.openhall.disclosure.domain.catalog.IndexNumberScheme;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.time.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Masking on every public channel, with the real catalog service behind the controller: the JSON
 * entry, the search, the web page, the download, the attachment and the Atom feed all carry the
 * masked copy, none the name, identity number or phone number of the original — and none needs a
 * sign-in.
 */
@WebMvcTest(PublicDisclosureController.class)
@Import(PublicChannelsRedactionTest.RealCatalog.class)
class PublicChannelsRedactionTest {

    private static final List<String> ORIGINALS = List.of("张三", "欧阳娜娜", "11010519491231002X", "13800138000",
            "4212345", "13912345678");

    @Autowired
    MockMvc mvc;

    @Autowired
    DisclosureCatalogService catalog;

    @MockitoBean
    StaffDirectory staff;

    private String id;

    @TestConfiguration
    static class RealCatalog {

        @Bean
        DisclosureCatalogService catalog() {
            SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-09-24").atTime(10, 0));
            CalendarService calendars = new CalendarService(new InMemoryCalendarYearRepository(),
                    CalendarSettings.defaults());
            calendars.importYear(NationalCalendars.heshan2026());
            InMemoryDisclosureGuideRepository guides = new InMemoryDisclosureGuideRepository();
            guides.replace(new DisclosureGuide("合山市人民政府办公室", "政务公开科", null, null, null, null, null, null,
                    List.of(new GuideCategory("ZCWJ", "政策文件", null)), "当面、邮寄、网络或传真", LocalDate.parse("2026-01-05")));
            return new DisclosureCatalogService(new InMemoryCatalogEntryRepository(),
                    new InMemoryDisclosureRequestRepository(), guides, new InMemoryDisclosureSequence(),
                    new IndexNumberScheme("{org}-{category}-{year}-{seq:4}", "HSZF"), calendars, events -> {
                    }, new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA), clock);
        }
    }

    @BeforeEach
    void publishAnEntryNamingPeople() {
        id = catalog.record(OFFICER, DisclosureSamples.content("2026-09-24"),
                List.of(new AttachmentInput("名单.txt", "text/plain", 40, "张三 13912345678"))).id();
        catalog.publish(OFFICER, CatalogEntryId.of(id));
    }

    private String body(String path, String expectedType) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith(expectedType);
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String original : ORIGINALS) {
            assertThat(text).as("%s must not show %s", path, original).doesNotContain(original);
        }
        return text;
    }

    @Test
    void theApiShowsTheMaskedCopy() throws Exception {
        assertThat(body("/api/v1/public/disclosure/entries/" + id, "application/json"))
                .contains("张*").contains("1101**********002X").contains("138****8000");
    }

    @Test
    void searchFindsNothingByANameAndShowsOnlyMaskedText() throws Exception {
        assertThat(body("/api/v1/public/disclosure/entries?q=张三", "application/json")).contains("\"totalElements\":0");
        assertThat(body("/api/v1/public/disclosure/entries?q=危房", "application/json")).contains("张*");
    }

    @Test
    void theWebPageShowsTheMaskedCopy() throws Exception {
        assertThat(body("/api/v1/public/disclosure/entries/" + id + "/page", "text/html")).contains("欧阳**");
    }

    @Test
    void downloadsCarryTheMaskedCopy() throws Exception {
        assertThat(body("/api/v1/public/disclosure/entries/" + id + "/download", "text/plain")).contains("0772-***2345");
        assertThat(body("/api/v1/public/disclosure/entries/" + id + "/attachments/1", "text/plain"))
                .isEqualTo("张* 139****5678");
    }

    @Test
    void theAtomFeedCarriesTheMaskedCopy() throws Exception {
        assertThat(body("/api/v1/public/disclosure/feed", "application/atom+xml"))
                .startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains("张*");
    }

    @Test
    void theGuideIsPublicAsDataAndAsAPage() throws Exception {
        assertThat(body("/api/v1/public/disclosure/guide", "application/json")).contains("政策文件");
        assertThat(body("/api/v1/public/disclosure/guide/page", "text/html")).contains("政府信息公开指南");
    }

    @Test
    void theAnnualReportIsPublicAsJsonAndAsAPrintablePage() throws Exception {
        assertThat(body("/api/v1/public/disclosure/annual-reports/2026", "application/json")).contains("\"year\":2026");
        assertThat(body("/api/v1/public/disclosure/annual-reports/2026/page", "text/html"))
                .contains("一、本年新收政府信息公开申请数量").contains("行政复议");
    }
}
