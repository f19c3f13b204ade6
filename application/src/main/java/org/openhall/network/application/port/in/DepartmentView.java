package org.openhall.network.application.port.in;

/** A department stationed in the centre. */
public record DepartmentView(String code, String name) {
}
