package org.openhall.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhall.notification.domain.problem.MessageTooLong;
import org.openhall.notification.domain.problem.TemplateNotApproved;
import org.openhall.notification.domain.problem.TemplateVariableMissing;
import org.openhall.notification.domain.problem.VariableValueNotAllowed;
import org.openhall.shared.domain.InvalidValue;

class SmsTemplateTest {

    private static final String SIGNATURE = "【合山市政务服务中心】";
    private static final SegmentBudget THREE = new SegmentBudget(3);

    private static SmsTemplate accepted(boolean approved) {
        return new SmsTemplate("case-accepted", "您申请的{itemName}已受理，受理编号{caseNumber}，承诺于{promisedDate}前办结。",
                SIGNATURE, approved, MessageKind.SERVICE, "SMS_1");
    }

    private static Map<String, String> values() {
        return Map.of("itemName", "食品经营许可", "caseNumber", "HS20260302-0001", "promisedDate", "2026年3月16日");
    }

    @Test
    void rendersTheSignatureFirstAndFillsEveryVariable() {
        RenderedSms sms = accepted(true).render(values(), THREE);

        assertThat(sms.text()).isEqualTo("【合山市政务服务中心】您申请的食品经营许可已受理，受理编号HS20260302-0001，承诺于2026年3月16日前办结。");
        assertThat(sms.segments()).isEqualTo(1);
    }

    @Test
    void anUnapprovedTemplateCannotBeRendered() {
        assertThatThrownBy(() -> accepted(false).render(values(), THREE)).isInstanceOf(TemplateNotApproved.class)
                .extracting("code").isEqualTo("sms.template-not-approved");
    }

    @Test
    void aMissingVariableIsRefusedRatherThanSentHalfFilled() {
        assertThatThrownBy(() -> accepted(true).render(Map.of("itemName", "食品经营许可", "caseNumber", "X1"), THREE))
                .isInstanceOf(TemplateVariableMissing.class).hasMessageContaining("promisedDate");
    }

    @Test
    void aLinkInAVariableIsRefused() {
        for (String link : new String[] { "https://zwfw.example.gov.cn/x", "www.example.com", "点此 hs-zwfw.cn/q" }) {
            Map<String, String> v = new java.util.HashMap<>(values());
            v.put("itemName", link);
            assertThatThrownBy(() -> accepted(true).render(v, THREE)).as(link)
                    .isInstanceOf(VariableValueNotAllowed.class).extracting("details").asString().contains("link");
        }
    }

    @Test
    void anIdNumberOrAFullMobileNumberInAVariableIsRefused() {
        Map<String, String> id = new java.util.HashMap<>(values());
        id.put("itemName", "11010519491231002X");
        assertThatThrownBy(() -> accepted(true).render(id, THREE)).isInstanceOf(VariableValueNotAllowed.class)
                .extracting("details").asString().contains("id-number");
        Map<String, String> phone = new java.util.HashMap<>(values());
        phone.put("itemName", "请致电 138 0013 8000");
        assertThatThrownBy(() -> accepted(true).render(phone, THREE)).isInstanceOf(VariableValueNotAllowed.class)
                .extracting("details").asString().contains("phone-number");
    }

    @Test
    void maskedDataAndAnEighteenDigitTrackingNumberPass() {
        SmsTemplate mailed = new SmsTemplate("certificate-mailed", "{name}，结果已由{carrier}寄出，运单号{tracking}，咨询{phone}。",
                SIGNATURE, true, MessageKind.SERVICE, null);
        RenderedSms sms = mailed.render(Map.of("name", "张*", "carrier", "中国邮政", "tracking", "123456789012345678",
                "phone", "138****8000"), THREE);

        assertThat(sms.text()).contains("张*", "123456789012345678", "138****8000");
    }

    @Test
    void theSignatureCountsAndALongMessageIsCountedInSegmentsOf67() {
        SmsTemplate t = new SmsTemplate("long", "{text}", SIGNATURE, true, MessageKind.SERVICE, null);

        assertThat(t.render(Map.of("text", "字".repeat(70 - 11)), THREE).segments()).isEqualTo(1);
        assertThat(t.render(Map.of("text", "字".repeat(71 - 11)), THREE).segments()).isEqualTo(2);
        assertThat(t.render(Map.of("text", "字".repeat(134 - 11)), THREE).segments()).isEqualTo(2);
        assertThat(t.render(Map.of("text", "字".repeat(135 - 11)), THREE).segments()).isEqualTo(3);
        assertThat(t.render(Map.of("text", "字".repeat(201 - 11)), THREE).segments()).isEqualTo(3);
        assertThatThrownBy(() -> t.render(Map.of("text", "字".repeat(202 - 11)), THREE))
                .isInstanceOf(MessageTooLong.class).extracting("details").asString().contains("segments=4");
    }

    @Test
    void aSignatureOutsideBracketsIsNotASignature() {
        assertThatThrownBy(() -> new SmsTemplate("x", "t", "合山市政务服务中心", true, MessageKind.SERVICE, null))
                .isInstanceOf(InvalidValue.class);
    }
}
