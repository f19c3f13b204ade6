package org.openhall.shared.adapter.in.web.security;

import java.util.List;

import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what. The API is stateless: every request carries HTTP Basic credentials, checked
 * against the staff directory (through the network context's {@link UserDetailsService}); no
 * session, no cookie. The catalog and the API description are
 * public; cases need a role. Each context states its own rules ({@link AccessRules}, beside its
 * controllers); the department scope (a clerk sees their own department's cases only) is checked
 * by the use cases themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebSecurityConfiguration {

    /** The realm named in {@code WWW-Authenticate}. */
    public static final String REALM = "OpenHall";

    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager staffAuthentication,
            SecurityProblemResponder problems, List<AccessRules> contextRules) throws Exception {
        http
                .authenticationManager(staffAuthentication)
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                // CSRF protection guards against a browser sending a cookie the user did not mean
                // to send. This API keeps no session and sets no cookie: every request proves who
                // it is with its own Authorization header, which a forged cross-site request
                // cannot carry. With nothing ambient to abuse, a CSRF token would only be a burden
                // on every client.
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> {
                    rules
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                            .permitAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            // The other actuator endpoints tell how the server runs: administrators only.
                            .requestMatchers("/actuator/**").hasRole(ADMINISTRATOR)
                            // Errors forwarded by the servlet container are rendered as problems for everyone.
                            .requestMatchers("/error").permitAll();
                    // Each context's own rules, in their order (the list is sorted by @Order).
                    contextRules.forEach(contextRule -> contextRule.apply(rules));
                    // Anything else — other operations, other APIs — needs at least a signed-in staff member.
                    rules.anyRequest().authenticated();
                });
        return http.build();
    }

    @Bean
    SecurityProblemResponder securityProblemResponder(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        return new SecurityProblemResponder(resolver);
    }

    /**
     * Checks the password against the hash of the account that {@code staffAccounts} finds; that
     * service must answer with a {@link StaffPrincipal}, which carries the actor.
     */
    @Bean
    AuthenticationManager staffAuthentication(UserDetailsService staffAccounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staffAccounts);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider);
    }

    /**
     * Hashes and checks passwords; the hash names its algorithm ({@code {bcrypt}…}), so that the
     * algorithm can be strengthened later without invalidating stored passwords. Also used by
     * whoever creates accounts to hash their passwords.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
