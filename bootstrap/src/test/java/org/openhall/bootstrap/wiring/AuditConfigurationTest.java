package org.openhall.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.application.port.out.ChainHeadRepository;
import org.openhall.audit.domain.AuditChain;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The audit's settings are checked when the application starts: it refuses to run with less than six months. */
class AuditConfigurationTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withUserConfiguration(AuditConfiguration.class)
            .withBean(AuditLog.class, () -> mock(AuditLog.class))
            .withBean(ChainHeadRepository.class, () -> mock(ChainHeadRepository.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void startsWithSixMonthsAndSha256ByDefault() {
        application.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(AuditChain.class).algorithm()).isEqualTo("SHA-256");
        });
    }

    @Test
    void hashesWithSm3WhereConfigured() {
        application.withPropertyValues("openhall.audit.hash=SM3", "openhall.audit.retention=P1Y")
                .run(context -> assertThat(context.getBean(AuditChain.class).algorithm()).isEqualTo("SM3"));
    }

    @Test
    void refusesToStartWithLessThanSixMonthsOfRetention() {
        application.withPropertyValues("openhall.audit.retention=P5M").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("retention")
                    .hasMessageContaining("six calendar months");
        });
    }

    @Test
    void refusesAnUnknownHashAlgorithm() {
        application.withPropertyValues("openhall.audit.hash=MD5")
                .run(context -> assertThat(context).hasFailed());
    }
}
