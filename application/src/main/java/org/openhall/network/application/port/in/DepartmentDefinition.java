package org.openhall.network.application.port.in;

import org.openhall.shared.domain.access.DepartmentCode;

/**
 * A department as a county pack or an export describes it.
 *
 * @param stationed whether it is stationed in the centre (进驻)
 */
public record DepartmentDefinition(DepartmentCode code, String name, boolean stationed) {
}
