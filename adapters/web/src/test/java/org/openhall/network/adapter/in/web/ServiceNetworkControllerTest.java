package org.openhall.network.adapter.in.web;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.DepartmentView;
import org.openhall.network.application.port.in.HallDetailView;
import org.openhall.network.application.port.in.HallView;
import org.openhall.network.application.port.in.ItemRef;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.network.application.port.in.WindowItemView;
import org.openhall.network.application.port.in.WindowView;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Where to go, when, with what, and who serves there is public: no sign-in needed; who staffs a window is not. */
@WebMvcTest(ServiceNetworkController.class)
class ServiceNetworkControllerTest {

    private static final HallView LINGNAN = new HallView("HS-LN", "岭南镇政务服务中心", AdministrativeLevel.TOWNSHIP,
            "HS-CITY", "岭南镇岭南街 8 号", "工作日 8:00—17:30");
    private static final WindowView MARKET_WINDOW = new WindowView("HS-LN-W02", "HS-LN", "市场监管窗口",
            WindowKind.DEPARTMENT, "SCJG",
            List.of(new WindowItemView(new ItemRef("SCJG-001", "食品经营许可"), true),
                    new WindowItemView(new ItemRef("SCJG-009", null), false)),
            "li.a", "wang.b");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ServiceNetworkQuery network;
    @MockitoBean
    StaffDirectory staff;

    @Test
    void hallsAreListedWithTheirLevelParentAddressAndHoursWithoutSigningIn() throws Exception {
        given(network.halls()).willReturn(List.of(new HallView("HS-CITY", "合山市政务服务中心", AdministrativeLevel.CITY,
                null, "合山市人民路 1 号", "周一至周五 9:00—12:00，14:30—17:30"), LINGNAN));
        mvc.perform(get("/api/v1/halls"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].openingHours").value("周一至周五 9:00—12:00，14:30—17:30"))
                .andExpect(jsonPath("$[1].name").value("岭南镇政务服务中心"))
                .andExpect(jsonPath("$[1].level").value("TOWNSHIP"))
                .andExpect(jsonPath("$[1].parent").value("HS-CITY"))
                .andExpect(jsonPath("$[1].address").value("岭南镇岭南街 8 号"));
    }

    @Test
    void aHallIsShownWithItsItemsAndWindowsButNotWhoStaffsThem() throws Exception {
        given(network.hall(new HallCode("HS-LN"))).willReturn(new HallDetailView(LINGNAN,
                List.of(new ItemRef("SCJG-001", "食品经营许可")), List.of(MARKET_WINDOW)));

        mvc.perform(get("/api/v1/halls/HS-LN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("HS-LN"))
                .andExpect(jsonPath("$.openingHours").value("工作日 8:00—17:30"))
                .andExpect(jsonPath("$.items[0].name").value("食品经营许可"))
                .andExpect(jsonPath("$.windows[0].kind").value("DEPARTMENT"))
                .andExpect(jsonPath("$.windows[0].items[0].decidedAtWindow").value(true))
                .andExpect(jsonPath("$.windows[0]", not(hasKey("postA"))))
                .andExpect(jsonPath("$.windows[0]", not(hasKey("postB"))));
    }

    @Test
    void anUnknownHallIsANotFoundProblem() throws Exception {
        given(network.hall(new HallCode("HS-XX"))).willThrow(new ResourceNotFound("hall", "HS-XX"));

        mvc.perform(get("/api/v1/halls/HS-XX").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("hall.not-found"))
                .andExpect(jsonPath("$.detail").value("There is no hall HS-XX."));
    }

    @Test
    void windowsOfAHallAreListedPubliclyWithoutTheirPosts() throws Exception {
        given(network.windows(new HallCode("HS-LN"))).willReturn(List.of(MARKET_WINDOW));

        mvc.perform(get("/api/v1/windows").param("hall", "HS-LN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("HS-LN-W02"))
                .andExpect(jsonPath("$[0].department").value("SCJG"))
                .andExpect(jsonPath("$[0].items[1].code").value("SCJG-009"))
                .andExpect(jsonPath("$[0].items[1].decidedAtWindow").value(false))
                .andExpect(jsonPath("$[0]", not(hasKey("postA"))));
    }

    @Test
    void departmentsAreListedWithWhetherTheyAreStationedWithoutSigningIn() throws Exception {
        given(network.departments()).willReturn(List.of(new DepartmentView("GAJ", "合山市公安局", true),
                new DepartmentView("SWJ", "国家税务总局合山市税务局", false)));
        mvc.perform(get("/api/v1/departments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("GAJ"))
                .andExpect(jsonPath("$[1].stationed").value(false));
    }
}
