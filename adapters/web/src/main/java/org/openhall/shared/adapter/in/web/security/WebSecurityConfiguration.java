package org.openhall.shared.adapter.in.web.security;

import java.util.List;

import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what. Every request proves who it is with a bearer token in its
 * {@code Authorization} header, and nothing else: either an OpenHall session token, which staff
 * get by signing in with password and second factor ({@code POST /api/v1/auth/sign-in}), or — when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri} is set — a
 * JWT of the county's identity provider. There is no HTTP Basic: a password alone opens nothing.
 * The catalog and the API description are public; cases need a role. Each context states its own
 * rules ({@link AccessRules}, beside its controllers); the department scope (a clerk sees their
 * own department's cases only) is checked by the use cases themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(JwtClaimMapping.class)
public class WebSecurityConfiguration {

    /** The realm named in {@code WWW-Authenticate}. */
    public static final String REALM = "OpenHall";

    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProblemResponder problems,
            List<AccessRules> contextRules, StaffTokenAuthenticator sessions, ObjectProvider<JwtDecoder> jwtDecoder,
            JwtClaimMapping claims) throws Exception {
        AuthenticationManager bearerTokens = bearerTokens(sessions, jwtDecoder.getIfAvailable(), claims);
        http
                .oauth2ResourceServer(bearer -> bearer
                        .authenticationManagerResolver(request -> bearerTokens)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        // Every refused token, and a failure to check one (sessions unreachable), is
                        // answered by the problem responder; the default would rethrow the latter.
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems::commence);
                                return filter;
                            }
                        }))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                // CSRF protection guards against a browser sending a cookie the user did not mean
                // to send. This API sets no cookie: every request proves who it is with its own
                // Authorization header, which a forged cross-site request cannot carry. With
                // nothing ambient to abuse, a CSRF token would only be a burden on every client.
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> {
                    rules
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                            .permitAll()
                            // Signing in and managing one's own credentials prove identity in the request itself.
                            .requestMatchers(HttpMethod.POST, "/api/v1/auth/sign-in", "/api/v1/auth/password",
                                    "/api/v1/auth/second-factor/enrolment", "/api/v1/auth/second-factor/confirmation")
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

    private static AuthenticationManager bearerTokens(StaffTokenAuthenticator sessions, JwtDecoder decoder,
            JwtClaimMapping claims) {
        AuthenticationManager jwt = null;
        if (decoder != null) {
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(new JwtStaffConverter(claims));
            jwt = new ProviderManager(provider);
        }
        return new BearerTokenAuthentication(sessions, jwt);
    }

    @Bean
    SecurityProblemResponder securityProblemResponder(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        return new SecurityProblemResponder(resolver);
    }

    /**
     * Hashes and checks passwords; the hash names its algorithm ({@code {bcrypt}…}), so that the
     * algorithm can be strengthened later without invalidating stored passwords. Used by sign-in
     * and by whoever creates accounts to hash their passwords.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
