package org.openhall.servicecase.adapter.in.web;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to cases and what comes before them (办件): window work for clerks; steps and decisions
 * for whoever holds the step's role (checked by the case); special procedures and extensions for
 * department approvers; public tracking and online pre-applications without an account. The
 * department scope (a clerk sees their own department's cases only) is checked by the use cases.
 */
@Component
@Order(300)
public class CaseAccessRules implements AccessRules {
    private static final String CASES = "/api/v1/cases";
    private static final String CASE_STEP = "/api/v1/cases/*/";
    private static final String CLERK = Role.CLERK.name();
    private static final String APPROVER = Role.DEPARTMENT_APPROVER.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String HEAD = Role.DEPARTMENT_HEAD.name();


    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                // Personal data in full (查看完整个人信息): the department's case workers and supervisors;
                // never the system, security or audit administrators (separation of duties).
                .requestMatchers(HttpMethod.POST, CASE_STEP + "applicant/reveal")
                .hasAnyRole(CLERK, APPROVER, HEAD, SUPERVISOR)
                // Finding an applicant's cases by ID or phone number: a POST, the number in the body.
                .requestMatchers(HttpMethod.POST, CASES + "/search").hasAnyRole(CLERK, APPROVER, SUPERVISOR)
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
                // Public case tracking (办件进度查询): the case number and a second factor stand in for a
                // sign-in; the page's form posts them so that they stay out of addresses.
                .requestMatchers(HttpMethod.GET, "/api/v1/public/cases/*/track", "/track", "/track/*")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/track").permitAll()
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
                .hasAnyRole(CLERK, APPROVER, SUPERVISOR);
    }
}
