package org.openhall.catalog.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;

/**
 * Reads the catalog's change log (事项变更记录), newest first: for catalog administrators, and for
 * supervisors and administrators who oversee them.
 */
@PrimaryPort
public interface CatalogChangeLogQuery {

    /**
     * @param code only the changes of this item, or {@code null} for every item
     * @throws CatalogAdministratorRequired for anyone else
     */
    Page<CatalogChangeView> changes(Actor actor, ApprovalItemCode code, PageRequest page);
}
