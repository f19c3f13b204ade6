package org.openhall.catalog.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.catalog.domain.ApprovalItemCode;

/** Reads an item's service guide (办事指南) by the eight public elements (八公开). Public. */
@PrimaryPort
public interface ServiceGuideQuery {

    /**
     * The guide of the version in force today; a suspended or abolished item's guide says so.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound when no version is in force today
     */
    ServiceGuideView guide(ApprovalItemCode code);
}
