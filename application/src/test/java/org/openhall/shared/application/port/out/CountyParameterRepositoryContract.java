package org.openhall.shared.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CountyParameterRepository} must do. A subclass hands in an empty repository
 * before each test.
 */
public abstract class CountyParameterRepositoryContract {

    private CountyParameterRepository parameters;

    protected abstract CountyParameterRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        parameters = emptyRepository();
    }

    @Test
    public void aSavedValueIsFoundByItsKey() {
        parameters.save("sms.signature", "【合山市政务服务中心】");

        assertThat(parameters.find("sms.signature")).contains("【合山市政务服务中心】");
        assertThat(parameters.find("sms.template.case-accepted")).isEmpty();
    }

    @Test
    public void savingAKeyAgainReplacesItsValue() {
        parameters.save("rating.rectification.working-days", "15");
        parameters.save("rating.rectification.working-days", "10");

        assertThat(parameters.find("rating.rectification.working-days")).contains("10");
        assertThat(parameters.findAll()).hasSize(1);
    }

    @Test
    public void allParametersComeOrderedByKey() {
        parameters.save("supervision.warning.working-days-before", "2");
        parameters.save("hotline.class.complaint.working-days", "5");
        parameters.save("sms.signature", "【合山】");

        assertThat(parameters.findAll().keySet()).containsExactly("hotline.class.complaint.working-days",
                "sms.signature", "supervision.warning.working-days-before");
    }

    @Test
    public void aDeletedKeyIsGoneAndDeletingAnAbsentKeyIsHarmless() {
        parameters.save("sms.signature", "【合山】");

        parameters.delete("sms.signature");
        parameters.delete("sms.template.case-accepted");

        assertThat(parameters.find("sms.signature")).isEmpty();
        assertThat(parameters.findAll()).isEmpty();
    }

    @Test
    public void chineseTextAndPlaceholdersAreKeptExactly() {
        String template = "您申请的{itemName}已受理，受理编号{caseNumber}，承诺于{promisedDate}前办结。";
        parameters.save("sms.template.case-accepted", template);

        assertThat(parameters.find("sms.template.case-accepted")).contains(template);
    }
}
