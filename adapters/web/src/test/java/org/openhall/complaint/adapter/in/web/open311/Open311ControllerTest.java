package org.openhall.complaint.adapter.in.web.open311;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.complaint.application.port.in.FileServiceRequestCommand;
import org.openhall.complaint.application.port.in.FileServiceRequestUseCase;
import org.openhall.complaint.application.port.in.PublicTicketFilter;
import org.openhall.complaint.application.port.in.PublicTicketView;
import org.openhall.complaint.application.port.in.PublicTicketsQuery;
import org.openhall.complaint.domain.TicketClass;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** GeoReport v2 in JSON and XML without signing in; its errors in the GeoReport format. */
@WebMvcTest(Open311Controller.class)
class Open311ControllerTest {

    static final PublicTicketView TICKET = new PublicTicketView("GD2026-000001", "complaint", "投诉", false,
            "已派单，等待承办单位签收", "SCJG", "窗口人员态度差", "投诉：自受理次日起13个工作日内答复",
            OffsetDateTime.parse("2026-09-18T10:00:00+08:00"), OffsetDateTime.parse("2026-09-18T11:00:00+08:00"),
            OffsetDateTime.parse("2026-10-13T23:59:59+08:00"), "人民路1号", 23.78, 108.87);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PublicTicketsQuery tickets;
    @MockitoBean
    FileServiceRequestUseCase filing;
    @MockitoBean
    StaffDirectory staff;

    @Test
    void servicesAreTheTicketClassesInJsonAndXml() throws Exception {
        given(tickets.services()).willReturn(List.of(new TicketClass("complaint", "投诉", 13, "对服务的投诉", "诉求",
                List.of("投诉", "效能"))));

        mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].service_code").value("complaint"))
                .andExpect(jsonPath("$[0].service_name").value("投诉"))
                .andExpect(jsonPath("$[0].description").value("对服务的投诉"))
                .andExpect(jsonPath("$[0].metadata").value(false))
                .andExpect(jsonPath("$[0].type").value("realtime"))
                .andExpect(jsonPath("$[0].keywords").value("投诉,效能"))
                .andExpect(jsonPath("$[0].group").value("诉求"));
        mvc.perform(get("/open311/v2/services.xml")).andExpect(status().isOk())
                .andExpect(xpath("/services/service/service_code").string("complaint"))
                .andExpect(xpath("/services/service/metadata").string("false"));
    }

    @Test
    void aRequestIsShownWithTheSpecificationsFieldsAndNoPersonalData() throws Exception {
        given(tickets.get("GD2026-000001")).willReturn(TICKET);

        mvc.perform(get("/open311/v2/requests/GD2026-000001.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").value("GD2026-000001"))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].requested_datetime").value("2026-09-18T10:00:00+08:00"))
                .andExpect(jsonPath("$[0].expected_datetime").value("2026-10-13T23:59:59+08:00"))
                .andExpect(jsonPath("$[0].lat").value(23.78))
                .andExpect(jsonPath("$[0].long").value(108.87))
                .andExpect(jsonPath("$[0].agency_responsible").value("SCJG"))
                .andExpect(jsonPath("$[0].phone").doesNotExist())
                .andExpect(jsonPath("$[0].first_name").doesNotExist());
        mvc.perform(get("/open311/v2/requests/GD2026-000001.xml")).andExpect(status().isOk())
                .andExpect(xpath("/service_requests/request/service_request_id").string("GD2026-000001"));
    }

    @Test
    void theSearchTakesCommaSeparatedFiltersAndTheStatus() throws Exception {
        given(tickets.search(any())).willReturn(List.of(TICKET));

        mvc.perform(get("/open311/v2/requests.json").param("service_code", "complaint,help").param("status", "open")
                .param("start_date", "2026-09-01T00:00:00+08:00")).andExpect(status().isOk());
        ArgumentCaptor<PublicTicketFilter> filter = ArgumentCaptor.forClass(PublicTicketFilter.class);
        verify(tickets).search(filter.capture());
        org.assertj.core.api.Assertions.assertThat(filter.getValue().classCodes()).containsExactly("complaint", "help");
        org.assertj.core.api.Assertions.assertThat(filter.getValue().resolved()).isFalse();
        org.assertj.core.api.Assertions.assertThat(filter.getValue().from())
                .isEqualTo(OffsetDateTime.parse("2026-09-01T00:00:00+08:00").toInstant());
    }

    @Test
    void aFormFilesARequestWithoutSigningIn() throws Exception {
        given(filing.file(any())).willReturn(TICKET);

        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("service_code", "complaint").param("lat", "23.78").param("long", "108.87")
                .param("description", "窗口人员态度差").param("first_name", "三").param("last_name", "张")
                .param("phone", "13800138000").param("account_id", "acc-9"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].service_request_id").value("GD2026-000001"))
                .andExpect(jsonPath("$[0].token").hasJsonPath())
                .andExpect(jsonPath("$[0].service_notice").value("投诉：自受理次日起13个工作日内答复"))
                .andExpect(jsonPath("$[0].account_id").value("acc-9"));
        ArgumentCaptor<FileServiceRequestCommand> command = ArgumentCaptor.forClass(FileServiceRequestCommand.class);
        verify(filing).file(command.capture());
        org.assertj.core.api.Assertions.assertThat(command.getValue().lastName()).isEqualTo("张");
    }

    @Test
    void aRequestWithoutLocationIsAGeoReportErrorInTheRequestedFormat() throws Exception {
        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("service_code", "complaint").param("description", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").isNotEmpty());
        mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("lat", "23.7").param("long", "108.8"))
                .andExpect(status().isBadRequest())
                .andExpect(xpath("/errors/error/code").string("400"));
        verifyNoInteractions(filing);
    }

    @Test
    void anUnknownRequestIsA404InTheGeoReportFormat() throws Exception {
        given(tickets.get("GD2026-999999")).willThrow(new ResourceNotFound("ticket", "GD2026-999999"));

        mvc.perform(get("/open311/v2/requests/GD2026-999999.xml")).andExpect(status().isNotFound())
                .andExpect(xpath("/errors/error/code").string("404"));
    }
}
