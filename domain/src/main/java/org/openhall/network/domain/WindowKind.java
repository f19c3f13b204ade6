package org.openhall.network.domain;

/** What a window serves. */
public enum WindowKind {
    /** 部门窗口: one department's window, handling that department's items only. */
    DEPARTMENT,
    /** 综合窗口: a general window receiving items of several departments (一窗受理). */
    GENERAL
}
