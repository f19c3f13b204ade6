package org.openhall.shared.adapter.in.web;

import static org.mockito.BDDMockito.given;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openhall.network.application.port.in.StaffCredentials;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.adapter.in.web.security.StaffPrincipal;
import org.openhall.shared.adapter.in.web.security.StaffTokenAuthenticator;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff accounts the web tests sign in with. A request signed in {@link #as(Actor) as} an
 * actor carries a session token ({@code Authorization: Bearer oh_test-…}) that {@link #SESSIONS}
 * — the web tests' stand-in for the network context's sessions — knows, so that every test goes
 * through the real bearer-token filter and the real access rules.
 */
public final class Staff {

    public static final String PASSWORD = "s3cret-Pass";

    /** Stored without a real hash so that tests do not spend a bcrypt round on every request. */
    private static final String HASH = "{noop}" + PASSWORD;

    private static final String TOKEN_PREFIX = "oh_test-";

    /** A token whose lookup fails as if the session store were down. */
    public static final String FAILING_TOKEN = "oh_failing-store";

    public static final DepartmentCode PUBLIC_SECURITY = new DepartmentCode("PSB");

    public static final Actor CLERK = new Actor("wang.clerk", Set.of(Role.CLERK), PUBLIC_SECURITY, "王窗口");
    public static final Actor APPROVER = new Actor("li.approver", Set.of(Role.DEPARTMENT_APPROVER), PUBLIC_SECURITY,
            "李审批");
    public static final Actor SUPERVISOR = new Actor("zhao.supervisor", Set.of(Role.SUPERVISOR), null, "赵督查");
    public static final Actor ADMINISTRATOR = new Actor("qian.admin", Set.of(Role.ADMINISTRATOR), null, "钱管理");
    /** An account that was disabled: its old token opens nothing. */
    public static final Actor DISABLED_CLERK = new Actor("sun.left", Set.of(Role.CLERK), PUBLIC_SECURITY, "孙离职");

    private static final Map<String, Actor> SIGNED_IN = new ConcurrentHashMap<>();

    /** The sessions of the web tests: the tokens handed out by {@link #as(Actor)}. */
    public static final StaffTokenAuthenticator SESSIONS = token -> {
        if (FAILING_TOKEN.equals(token)) {
            throw new IllegalStateException("the session store is down");
        }
        Actor actor = SIGNED_IN.get(token);
        if (actor == null || actor.username().equals(DISABLED_CLERK.username())) {
            return Optional.empty();
        }
        return Optional.of(new StaffPrincipal(actor, null, true));
    };

    private Staff() {
    }

    /** Makes the mocked directory know every account above (for tests that still look accounts up). */
    public static void registerIn(StaffDirectory directory) {
        for (Actor actor : new Actor[] { CLERK, APPROVER, SUPERVISOR, ADMINISTRATOR }) {
            given(directory.credentialsOf(actor.username()))
                    .willReturn(Optional.of(new StaffCredentials(actor.username(), HASH, true, actor)));
        }
        given(directory.credentialsOf(DISABLED_CLERK.username())).willReturn(
                Optional.of(new StaffCredentials(DISABLED_CLERK.username(), HASH, false, DISABLED_CLERK)));
    }

    /** Signs the request in as {@code actor} with a session token. */
    public static RequestPostProcessor as(Actor actor) {
        String token = TOKEN_PREFIX + actor.username();
        SIGNED_IN.put(token, actor);
        return bearer(token);
    }

    /** Sends {@code token} as the request's bearer token. */
    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }
}
