package org.openhall.network.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.openhall.shared.adapter.in.web.Staff.ADMINISTRATOR;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.DepartmentRates;
import org.openhall.network.application.port.in.DepartmentRatesQuery;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The departments' figures are for supervisors and administrators. */
@WebMvcTest(NetworkRatesController.class)
class NetworkRatesControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DepartmentRatesQuery rates;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
        given(rates.rates()).willReturn(List.of(
                new DepartmentRates(new DepartmentCode("SCJG"), 3, 2, 2.0 / 3, 4, 3, 0.75),
                new DepartmentRates(new DepartmentCode("WSJK"), 0, 0, 0.0, 2, 0, 0.0)));
    }

    @Test
    void aSupervisorSeesEachDepartmentsRatesWithTheirCounts() throws Exception {
        mvc.perform(get("/api/v1/network/rates").with(as(SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].department").value("SCJG"))
                .andExpect(jsonPath("$[0].itemsStationed").value(3))
                .andExpect(jsonPath("$[0].itemsDecidedAtWindow").value(2))
                .andExpect(jsonPath("$[0].authorizationRate").value(2.0 / 3))
                .andExpect(jsonPath("$[0].approvalItemsInCatalog").value(4))
                .andExpect(jsonPath("$[0].approvalItemsInCentre").value(3))
                .andExpect(jsonPath("$[0].threeConcentrationsRate").value(0.75))
                .andExpect(jsonPath("$[1].authorizationRate").value(0.0));
    }

    @Test
    void anAdministratorMaySeeThemAndAClerkMayNot() throws Exception {
        mvc.perform(get("/api/v1/network/rates").with(as(ADMINISTRATOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/network/rates").with(as(CLERK)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        mvc.perform(get("/api/v1/network/rates")).andExpect(status().isUnauthorized());
    }
}
