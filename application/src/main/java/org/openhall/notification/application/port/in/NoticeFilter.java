package org.openhall.notification.application.port.in;

import java.util.Optional;

import org.openhall.notification.domain.NoticeState;

/** Which notices to list: in one state, of one department's cases, of one case number (each optional). */
public record NoticeFilter(Optional<NoticeState> state, Optional<String> department, Optional<String> caseNumber) {

    public static NoticeFilter all() {
        return new NoticeFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public NoticeFilter withDepartment(String code) {
        return new NoticeFilter(state, Optional.of(code), caseNumber);
    }
}
