package org.openhall.bootstrap.wiring;

import java.time.Clock;
import java.time.Duration;

import org.openhall.network.application.port.out.BreachedPasswords;
import org.openhall.network.application.port.out.PasswordHashing;
import org.openhall.network.application.port.out.PasswordRecords;
import org.openhall.network.application.port.out.SecondFactorStore;
import org.openhall.network.application.port.out.ServiceHallRepository;
import org.openhall.network.application.port.out.SignInFailureStore;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.application.port.out.StaffSessionStore;
import org.openhall.network.application.service.CredentialService;
import org.openhall.network.application.service.SignInService;
import org.openhall.network.application.service.SignInStatePurge;
import org.openhall.network.application.service.StaffAdministrationService;
import org.openhall.network.application.service.SignInSettings;
import org.openhall.network.domain.signin.PasswordProfile;
import org.openhall.network.domain.signin.SessionLifetime;
import org.openhall.network.domain.signin.SignInThrottle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wires staff sign-in (身份鉴别): password plus second factor, sessions, the throttle on failures
 * and the password profile, from {@code openhall.security.*} (docs/security.md explains each).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInConfiguration.SecurityProperties.class)
class SignInConfiguration {

    @Bean
    SignInSettings signInSettings(SecurityProperties properties) {
        SecurityProperties.SignIn s = properties.signIn();
        SignInThrottle throttle = new SignInThrottle(s.pairLockAfter(), s.pairLock(), s.accountSlowAfter(),
                s.baseDelay(), s.maxDelay(), s.accountLockAfter(), s.accountLock(), s.failureWindow());
        SessionLifetime lifetime = new SessionLifetime(properties.session().idleTimeout(),
                properties.session().absoluteLifetime());
        return new SignInSettings(throttle, lifetime, properties.password().profile(), properties.issuer());
    }

    /** Password hashing for sign-in: the same encoder ({bcrypt} by default) that hashes new accounts' passwords. */
    @Bean
    PasswordHashing passwordHashing(PasswordEncoder encoder) {
        return new PasswordHashing() {
            @Override
            public String hash(String password) {
                return encoder.encode(password);
            }

            @Override
            public boolean matches(String password, String hash) {
                return encoder.matches(password, hash);
            }
        };
    }

    @Bean
    SignInService signInService(StaffAccountRepository accounts, PasswordHashing hashing, SecondFactorStore factors,
            SignInFailureStore failures, StaffSessionStore sessions, ServiceHallRepository halls,
            PasswordRecords passwords, SignInSettings settings, Clock clock) {
        return new SignInService(accounts, hashing, factors, failures, sessions, halls, passwords, settings, clock);
    }

    @Bean
    CredentialService credentialService(StaffAccountRepository accounts, PasswordHashing hashing,
            SecondFactorStore factors, SignInFailureStore failures, StaffSessionStore sessions,
            PasswordRecords passwords, BreachedPasswords breached, SignInSettings settings, Clock clock) {
        return new CredentialService(accounts, hashing, factors, failures, sessions, passwords, breached, settings,
                clock);
    }

    @Bean
    SignInStatePurge signInStatePurge(StaffSessionStore sessions, SignInFailureStore failures,
            SignInSettings settings, Clock clock) {
        return new SignInStatePurge(sessions, failures, settings, clock);
    }

    @Bean
    StaffAdministrationService staffAdministrationService(StaffAccountRepository accounts,
            SignInFailureStore failures) {
        return new StaffAdministrationService(accounts, failures);
    }

    /**
     * {@code openhall.security.*}.
     *
     * @param issuer the name authenticator apps show beside the account
     */
    @ConfigurationProperties("openhall.security")
    record SecurityProperties(@DefaultValue("OpenHall") String issuer, @DefaultValue Session session,
            @DefaultValue SignIn signIn, @DefaultValue Password password) {

        /** How long sessions last: idle timeout and absolute lifetime. */
        record Session(@DefaultValue("PT30M") Duration idleTimeout, @DefaultValue("PT10H") Duration absoluteLifetime) {
        }

        /** The throttle on failed sign-ins (see {@link SignInThrottle}). */
        record SignIn(@DefaultValue("5") int pairLockAfter, @DefaultValue("PT15M") Duration pairLock,
                @DefaultValue("10") int accountSlowAfter, @DefaultValue("PT1S") Duration baseDelay,
                @DefaultValue("PT1M") Duration maxDelay, @DefaultValue("100") int accountLockAfter,
                @DefaultValue("PT15M") Duration accountLock, @DefaultValue("PT1H") Duration failureWindow) {
        }

        /** The password profile (MLPS or ASVS). */
        record Password(@DefaultValue("ASVS") PasswordProfile profile) {
        }
    }
}
