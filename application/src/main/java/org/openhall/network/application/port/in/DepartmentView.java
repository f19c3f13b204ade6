package org.openhall.network.application.port.in;

/**
 * A department of the county.
 *
 * @param stationed whether it is stationed in the centre (进驻)
 */
public record DepartmentView(String code, String name, boolean stationed) {
}
