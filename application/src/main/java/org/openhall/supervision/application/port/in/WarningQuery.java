package org.openhall.supervision.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;

/** Warnings and cards (预警亮牌记录): supervisors see all departments, approvers their own. Newest first. */
@PrimaryPort
public interface WarningQuery {

    Page<WarningView> warnings(Actor actor, WarningFilter filter, PageRequest page);

    WarningView warning(Actor actor, String warningId);
}
