package org.openhall.disclosure.application.port.in;

import java.util.Optional;

import org.openhall.disclosure.domain.request.RequestStatus;

/** Which requests to list: all, or those of one status. */
public record DisclosureRequestFilter(Optional<RequestStatus> status) {

    public static DisclosureRequestFilter all() {
        return new DisclosureRequestFilter(Optional.empty());
    }
}
