package org.openhall.network.adapter.in.web;

import java.util.List;

import org.openhall.network.domain.WindowKind;

/**
 * A window as the public sees it: its name, kind, department and items — not who staffs it.
 *
 * @param department {@code null} for a general window (综合窗口)
 */
public record WindowResponse(String code, String hall, String name, WindowKind kind, String department,
        List<WindowItemResponse> items) {
}
