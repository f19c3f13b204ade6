package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openhall.complaint.adapter.in.telephony.fastagi.AsteriskSimulator;
import org.openhall.complaint.adapter.in.telephony.fastagi.AsteriskSimulator.Call;
import org.openhall.complaint.adapter.in.telephony.fastagi.FastAgiServer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The IVR of the whole application: a case submitted at the window is found by phone through the
 * FastAGI server and public tracking on PostgreSQL, with a peer that speaks AGI as Asterisk does.
 */
class HotlineIvrIT extends OpenHallIT {

    @Autowired
    FastAgiServer fastAgi;

    private String caseNumberOf(String caseId) {
        return get(CLERK_SCJG, "/api/v1/cases/" + caseId).json().path("number").asString();
    }

    @Test
    void aCallerKeysTheNumberOfACaseJustSubmittedAndHearsItsStatus() {
        today("2026-03-02T10:00:00");
        String number = caseNumberOf(submitFoodLicence());

        Call call = new AsteriskSimulator(fastAgi.port()).callerId("13600136000")
                .call(number.replaceAll("\\D", ""), "002*");

        assertThat(call.variables()).containsEntry("OPENHALL_IVR_OUTCOME", "ANSWERED");
        assertThat(call.prompts()).contains("openhall/status-submitted", "openhall/next-await-acceptance");
        assertThat(String.join("\n", call.commands())).doesNotContain("张", "13800138000", number);
    }

    @Test
    void aWrongCheckForARealCaseSoundsLikeANumberThatDoesNotExist() {
        today("2026-03-02T10:00:00");
        String digits = caseNumberOf(submitFoodLicence()).replaceAll("\\D", "");
        String unknown = "451381" + "20260302" + "99999";

        Call wrongCheck = new AsteriskSimulator(fastAgi.port()).callerId("13600136001")
                .call(digits, "1234", digits, "1234", digits, "1234");
        Call unknownCase = new AsteriskSimulator(fastAgi.port()).callerId("13600136002")
                .call(unknown, "002*", unknown, "002*", unknown, "002*");

        assertThat(wrongCheck.variables()).containsEntry("OPENHALL_IVR_OUTCOME", "TRANSFER");
        assertThat(wrongCheck.commands()).isEqualTo(unknownCase.commands());
    }
}
