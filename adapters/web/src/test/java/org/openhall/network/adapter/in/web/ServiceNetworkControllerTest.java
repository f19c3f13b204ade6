package org.openhall.network.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.DepartmentView;
import org.openhall.network.application.port.in.HallView;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Where to go and who serves there is public: no sign-in needed. */
@WebMvcTest(ServiceNetworkController.class)
class ServiceNetworkControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ServiceNetworkQuery network;
    @MockitoBean
    StaffDirectory staff;

    @Test
    void hallsAreListedWithTheirLevelAndParentWithoutSigningIn() throws Exception {
        given(network.halls()).willReturn(List.of(new HallView("HS-CITY", "合山市政务服务中心", AdministrativeLevel.CITY, null),
                new HallView("HS-LN", "岭南镇政务服务中心", AdministrativeLevel.TOWNSHIP, "HS-CITY")));
        mvc.perform(get("/api/v1/halls"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].name").value("岭南镇政务服务中心"))
                .andExpect(jsonPath("$[1].level").value("TOWNSHIP"))
                .andExpect(jsonPath("$[1].parent").value("HS-CITY"));
    }

    @Test
    void departmentsAreListedWithoutSigningIn() throws Exception {
        given(network.departments()).willReturn(List.of(new DepartmentView("GAJ", "合山市公安局")));
        mvc.perform(get("/api/v1/departments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("GAJ"));
    }
}
