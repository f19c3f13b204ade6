package org.openhall.network.adapter.in.web.auth;

import java.util.List;

/** Who the current session (or token) stands for. */
public record SessionResponse(String username, String displayName, String department, List<String> roles) {
}
