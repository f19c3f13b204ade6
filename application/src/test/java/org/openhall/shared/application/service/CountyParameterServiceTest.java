package org.openhall.shared.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.port.out.InMemoryCountyParameterRepository;
import org.openhall.shared.domain.InvalidValue;

class CountyParameterServiceTest {

    private final InMemoryCountyParameterRepository store = new InMemoryCountyParameterRepository();
    private final CountyParameterService parameters = new CountyParameterService(store);

    @Test
    void puttingANewKeyAddsIt() {
        assertThat(parameters.put("hotline.class.complaint.working-days", "5")).isEqualTo(ChangeOutcome.ADDED);
        assertThat(parameters.get("hotline.class.complaint.working-days")).contains("5");
    }

    @Test
    void puttingTheSameValueAgainWritesNothing() {
        parameters.put("sms.signature", "【合山市政务服务中心】");
        int writes = store.writes();

        assertThat(parameters.put("sms.signature", "【合山市政务服务中心】")).isEqualTo(ChangeOutcome.UNCHANGED);
        assertThat(store.writes()).isEqualTo(writes);
    }

    @Test
    void puttingAnotherValueChangesIt() {
        parameters.put("rating.rectification.working-days", "15");

        assertThat(parameters.put("rating.rectification.working-days", "10")).isEqualTo(ChangeOutcome.CHANGED);
        assertThat(parameters.all()).containsEntry("rating.rectification.working-days", "10");
    }

    @Test
    void removingAKeyReportsWhetherItWasThere() {
        parameters.put("sms.signature", "【合山】");

        assertThat(parameters.remove("sms.signature")).isEqualTo(ChangeOutcome.REMOVED);
        assertThat(parameters.remove("sms.signature")).isEqualTo(ChangeOutcome.UNCHANGED);
        assertThat(parameters.get("sms.signature")).isEmpty();
    }

    @Test
    void aKeyMustBeDottedLowerCaseWords() {
        assertThatThrownBy(() -> parameters.put("Supervision Warning", "2"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("key"));
        assertThatThrownBy(() -> parameters.put("signature", "x"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("key"));
    }

    @Test
    void aValueMustNotBeBlank() {
        assertThatThrownBy(() -> parameters.put("sms.signature", " "))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("value"));
        assertThat(parameters.all()).isEmpty();
    }
}
