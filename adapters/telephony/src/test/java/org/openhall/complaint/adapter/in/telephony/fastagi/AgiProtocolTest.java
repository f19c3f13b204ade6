package org.openhall.complaint.adapter.in.telephony.fastagi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AgiProtocolTest {

    @Test
    void repliesAreReadWithTheirResultAndWhatFollowsIt() {
        assertThat(AgiReply.parse("200 result=0 endpos=12800")).isEqualTo(new AgiReply(200, "0", "endpos=12800"));
        assertThat(AgiReply.parse("200 result=4513 (timeout)")).isEqualTo(new AgiReply(200, "4513", "(timeout)"));
        assertThat(AgiReply.parse("200 result= (timeout)")).isEqualTo(new AgiReply(200, "", "(timeout)"));
        assertThat(AgiReply.parse("510 Invalid or unknown command").succeeded()).isFalse();
        assertThat(AgiReply.parse("200 result=-1").channelGone()).isTrue();
        assertThat(AgiReply.parse("511 Command Not Permitted on a dead channel or intercept routine").channelGone())
                .isTrue();
    }

    @Test
    void keyedDigitsBecomeTheCaseNumberOnlyWhenTheyFitTheGroups() {
        List<Integer> groups = List.of(6, 8, 5);
        assertThat(KeyedCaseNumber.caseNumber("4513812026030200017", groups)).contains("451381-20260302-00017");
        assertThat(KeyedCaseNumber.caseNumber("451381202603020001", groups)).isEmpty();
        assertThat(KeyedCaseNumber.caseNumber("45138120260302000*7", groups)).isEmpty();
        assertThat(KeyedCaseNumber.caseNumber("20260302017", List.of())).contains("20260302017");
        assertThat(KeyedCaseNumber.check("002*")).isEqualTo("002X");
    }
}
