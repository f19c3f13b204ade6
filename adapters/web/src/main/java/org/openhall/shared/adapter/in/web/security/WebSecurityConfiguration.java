package org.openhall.shared.adapter.in.web.security;

import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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
 * public; cases need a role, and the roles are checked per operation here, while the department
 * scope (a clerk sees their own department's cases only) is checked by the use cases themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebSecurityConfiguration {

    /** The realm named in {@code WWW-Authenticate}. */
    public static final String REALM = "OpenHall";

    private static final String CASES = "/api/v1/cases";
    private static final String CASE_STEP = "/api/v1/cases/*/";
    private static final String PARTICIPATION = "/api/v1/participation";
    private static final String PARTICIPATION_STAFF = "/api/v1/participation/staff";

    private static final String CLERK = Role.CLERK.name();
    private static final String APPROVER = Role.DEPARTMENT_APPROVER.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();
    private static final String CATALOG_ADMINISTRATOR = Role.CATALOG_ADMINISTRATOR.name();
    private static final String DISCLOSURE_OFFICER = Role.DISCLOSURE_OFFICER.name();

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager staffAuthentication,
            SecurityProblemResponder problems) throws Exception {
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
                .authorizeHttpRequests(rules -> rules
                        // The catalog (事项目录) and the service network are public information.
                        .requestMatchers(HttpMethod.GET, "/api/v1/items", "/api/v1/items/**", "/api/v1/halls",
                                "/api/v1/departments").permitAll()
                        // The catalog of any day, its changes and the printable service guides are public too.
                        .requestMatchers(HttpMethod.GET, "/api/v1/catalog/**", "/guide/items/**").permitAll()
                        // Catalog maintenance is for catalog administrators; its change log also for
                        // those who oversee them.
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/catalog/changes")
                        .hasAnyRole(CATALOG_ADMINISTRATOR, SUPERVISOR, ADMINISTRATOR)
                        .requestMatchers("/api/v1/admin/items", "/api/v1/admin/items/**").hasRole(CATALOG_ADMINISTRATOR)
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // The other actuator endpoints tell how the server runs: administrators only.
                        .requestMatchers("/actuator/**").hasRole(ADMINISTRATOR)
                        // Errors forwarded by the servlet container are rendered as problems for everyone.
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.POST, CASE_STEP + "completion").hasAnyRole(CLERK, APPROVER)
                        // The lifecycle: window work for clerks; steps and decisions for whoever holds the step's
                        // role (checked by the case); special procedures and extensions for department approvers.
                        .requestMatchers(HttpMethod.POST, CASE_STEP + "steps/*/completion", CASE_STEP + "decision")
                        .hasAnyRole(CLERK, APPROVER)
                        .requestMatchers(HttpMethod.POST, CASE_STEP + "pauses", CASE_STEP + "pauses/end",
                                CASE_STEP + "extensions")
                        .hasRole(APPROVER)
                        .requestMatchers(HttpMethod.POST, CASE_STEP + "refusal", CASE_STEP + "withdrawal",
                                CASE_STEP + "certificate", CASE_STEP + "delivery", CASE_STEP + "fees/*")
                        .hasRole(CLERK)
                        .requestMatchers(HttpMethod.POST, CASES, CASE_STEP + "supplement-request",
                                CASE_STEP + "materials", CASE_STEP + "acceptance")
                        .hasRole(CLERK)
                        // The approver's queue lists the steps waiting for a department approver.
                        .requestMatchers(HttpMethod.GET, CASES + "/approver-queue").hasRole(APPROVER)
                        .requestMatchers(HttpMethod.GET, CASES, CASES + "/**").hasAnyRole(CLERK, APPROVER, SUPERVISOR)
                        // A hall's details and the windows (without who staffs them) are public like the halls.
                        .requestMatchers(HttpMethod.GET, "/api/v1/halls/*", "/api/v1/windows").permitAll()
                        // Who serves a window on a day is for staff; the unattended windows are for supervisors.
                        .requestMatchers(HttpMethod.GET, "/api/v1/windows/*/duty")
                        .hasAnyRole(CLERK, APPROVER, SUPERVISOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/supervision/unattended-windows").hasRole(SUPERVISOR)
                        // Absences hand windows to the B post: approvers (own department, checked by the
                        // use case) and administrators record them.
                        .requestMatchers(HttpMethod.POST, "/api/v1/staff/*/absences").hasAnyRole(APPROVER, ADMINISTRATOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/network/rates").hasAnyRole(SUPERVISOR, ADMINISTRATOR)
                        // Open government information: the public channels need no sign-in; the office's
                        // work needs a disclosure officer, and supervisors read it and sweep overdue entries.
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/disclosure/**").permitAll()
                        // Public case tracking (办件进度查询): the case number and a second factor stand in for a
                        // sign-in; the page's form posts them so that they stay out of addresses.
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/cases/*/track", "/track", "/track/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/track").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/disclosure/entries/overdue-reports")
                        .hasAnyRole(DISCLOSURE_OFFICER, SUPERVISOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/disclosure/**").hasAnyRole(DISCLOSURE_OFFICER, SUPERVISOR)
                        .requestMatchers("/api/v1/disclosure/**").hasRole(DISCLOSURE_OFFICER)
                        // Decision openness (决策公开): drafts, published comments, adoption reports and
                        // hearings are public, and anyone may comment or register without an account.
                        .requestMatchers(HttpMethod.GET, PARTICIPATION + "/drafts", PARTICIPATION + "/drafts/**",
                                PARTICIPATION + "/hearings/**").permitAll()
                        .requestMatchers(HttpMethod.POST, PARTICIPATION + "/drafts/*/comments",
                                PARTICIPATION + "/hearings/*/registrations").permitAll()
                        // The drafting department's approvers run a consultation; supervisors read it and
                        // may, like the approvers, see a citizen's full contact (every reveal is recorded).
                        .requestMatchers(HttpMethod.POST, PARTICIPATION_STAFF + "/drafts/*/comments/*/contact",
                                PARTICIPATION_STAFF + "/hearings/*/registrations/*/contact")
                        .hasAnyRole(APPROVER, SUPERVISOR)
                        .requestMatchers(HttpMethod.POST, PARTICIPATION_STAFF + "/**").hasRole(APPROVER)
                        .requestMatchers(HttpMethod.GET, PARTICIPATION_STAFF + "/**").hasAnyRole(APPROVER, SUPERVISOR)
                        // Before the case: citizens submit, follow and resubmit online pre-applications
                        // without an account (reference + last phone digits); the department pre-reviews
                        // them, its clerks receive them at the window. Consultations are the clerks'.
                        .requestMatchers(HttpMethod.POST, "/api/v1/public/pre-applications",
                                "/api/v1/public/pre-applications/*/resubmission").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/pre-applications/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/pre-applications/*/corrections",
                                "/api/v1/pre-applications/*/invitation").hasAnyRole(CLERK, APPROVER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/pre-applications/*/receipt").hasRole(CLERK)
                        .requestMatchers(HttpMethod.GET, "/api/v1/pre-applications", "/api/v1/pre-applications/**")
                        .hasAnyRole(CLERK, APPROVER, SUPERVISOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/consultations", "/api/v1/consultations/**")
                        .hasRole(CLERK)
                        .requestMatchers(HttpMethod.GET, "/api/v1/consultations", "/api/v1/consultations/**")
                        .hasAnyRole(CLERK, APPROVER, SUPERVISOR)
                        // Electronic supervision: departments' approvers contest their cards and reply to
                        // orders, and read their own department's records (the use cases confine them);
                        // everything else is for supervisors.
                        .requestMatchers(HttpMethod.POST, "/api/v1/supervision/warnings/*/contest",
                                "/api/v1/supervision/orders/*/reply").hasRole(APPROVER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/supervision/**").hasAnyRole(SUPERVISOR, APPROVER)
                        .requestMatchers("/api/v1/supervision/**").hasRole(SUPERVISOR)
                        // SMS notices: the gateway's delivery reports carry a shared token instead of a login;
                        // staff and supervisors read the notices; staff keep the suppression list (退订).
                        .requestMatchers(HttpMethod.GET, "/api/v1/notifications/delivery-reports").permitAll()
                        .requestMatchers("/api/v1/notifications", "/api/v1/notifications/**")
                        .hasAnyRole(CLERK, APPROVER, SUPERVISOR, ADMINISTRATOR)
                        // Anything else — other case operations, other APIs — needs at least a
                        // signed-in staff member.
                        .anyRequest().authenticated());
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
