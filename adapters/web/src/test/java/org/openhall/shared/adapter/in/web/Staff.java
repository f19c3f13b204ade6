package org.openhall.shared.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Optional;
import java.util.Set;

import org.openhall.network.application.port.in.StaffCredentials;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff accounts the web tests sign in with, all with the password {@value #PASSWORD}. */
public final class Staff {

    public static final String PASSWORD = "s3cret-Pass";

    /** Stored without a real hash so that tests do not spend a bcrypt round on every request. */
    private static final String HASH = "{noop}" + PASSWORD;

    public static final DepartmentCode PUBLIC_SECURITY = new DepartmentCode("PSB");

    public static final Actor CLERK = new Actor("wang.clerk", Set.of(Role.CLERK), PUBLIC_SECURITY, "王窗口");
    public static final Actor APPROVER = new Actor("li.approver", Set.of(Role.DEPARTMENT_APPROVER), PUBLIC_SECURITY,
            "李审批");
    public static final Actor SUPERVISOR = new Actor("zhao.supervisor", Set.of(Role.SUPERVISOR), null, "赵督查");
    public static final Actor ADMINISTRATOR = new Actor("qian.admin", Set.of(Role.ADMINISTRATOR), null, "钱管理");
    public static final Actor DISABLED_CLERK = new Actor("sun.left", Set.of(Role.CLERK), PUBLIC_SECURITY, "孙离职");

    private Staff() {
    }

    /** Makes the mocked directory know every account above. */
    public static void registerIn(StaffDirectory directory) {
        for (Actor actor : new Actor[] { CLERK, APPROVER, SUPERVISOR, ADMINISTRATOR }) {
            given(directory.credentialsOf(actor.username()))
                    .willReturn(Optional.of(new StaffCredentials(actor.username(), HASH, true, actor)));
        }
        given(directory.credentialsOf(DISABLED_CLERK.username())).willReturn(
                Optional.of(new StaffCredentials(DISABLED_CLERK.username(), HASH, false, DISABLED_CLERK)));
    }

    /** Signs the request in as {@code actor} with HTTP Basic. */
    public static RequestPostProcessor as(Actor actor) {
        return httpBasic(actor.username(), PASSWORD);
    }
}
