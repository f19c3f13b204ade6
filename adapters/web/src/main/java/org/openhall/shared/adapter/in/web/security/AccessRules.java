package org.openhall.shared.adapter.in.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * One context's share of who may call what (访问控制规则): the request matchers of its own API and
 * the roles each needs. Every context's web adapter declares one; {@link WebSecurityConfiguration}
 * applies them in their {@link org.springframework.core.annotation.Order order} (the first matching
 * rule wins, so a context whose paths lie inside another's comes first) and ends with "any other
 * request needs a signed-in staff member". Keeping the rules beside the controllers they guard means
 * a new context adds its own file instead of editing a shared one.
 */
@FunctionalInterface
public interface AccessRules {

    /** Adds this context's rules to the chain. */
    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
