package org.openhall.disclosure.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.shared.domain.access.Actor;

/** Staff reads of the catalog: originals, and the entries waiting for publication (disclosure officers, supervisors). */
@PrimaryPort
public interface CatalogQuery {

    EntryView entry(Actor actor, CatalogEntryId id);

    /** Entries whose publication waits, the earliest due first; {@code overdueOnly} keeps those past their day. */
    List<EntryView> awaitingPublication(Actor actor, boolean overdueOnly);

    List<AuditRecord> history(Actor actor, CatalogEntryId id);
}
