package org.openhall.network.application.port.in;

import java.util.List;

import org.openhall.network.domain.WindowKind;

/**
 * A window with its items and posts. The posts are user names of staff: internal, for staff; the
 * public portal shows windows without them.
 *
 * @param department the department of a department window, {@code null} for a general window
 * @param postB {@code null} when the window has no B post
 */
public record WindowView(String code, String hall, String name, WindowKind kind, String department,
        List<WindowItemView> items, String postA, String postB) {

    public WindowView {
        items = List.copyOf(items);
    }
}
