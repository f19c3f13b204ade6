package org.openhall.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.participation.domain.HearingNoticePeriods;
import org.openhall.shared.domain.InvalidValue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The county's hearing notice periods come from {@code openhall.participation.hearing.*}, with documented defaults. */
class HearingNoticePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ParticipationConfiguration.HearingNoticeProperties.class)
    static class OnlyTheProperties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(OnlyTheProperties.class);

    @Test
    void withoutPropertiesTheDefaultsApply() {
        context.run(c -> assertThat(c.getBean(ParticipationConfiguration.HearingNoticeProperties.class).toPeriods())
                .isEqualTo(HearingNoticePeriods.defaults()));
    }

    @Test
    void aCountysOwnPeriodsAreRead() {
        context.withPropertyValues("openhall.participation.hearing.announcement-days=30",
                "openhall.participation.hearing.registration-closing-days=15",
                "openhall.participation.hearing.materials-days=10")
                .run(c -> assertThat(c.getBean(ParticipationConfiguration.HearingNoticeProperties.class).toPeriods())
                        .isEqualTo(new HearingNoticePeriods(30, 15, 10)));
    }

    @Test
    void periodsThatCannotFollowEachOtherAreRefusedWhenTheyAreUsed() {
        context.withPropertyValues("openhall.participation.hearing.announcement-days=5")
                .run(c -> assertThatThrownBy(
                        c.getBean(ParticipationConfiguration.HearingNoticeProperties.class)::toPeriods)
                        .isInstanceOf(InvalidValue.class));
    }
}
