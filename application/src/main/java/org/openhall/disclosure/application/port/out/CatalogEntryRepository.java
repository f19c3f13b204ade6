package org.openhall.disclosure.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.catalog.CatalogEntry;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where catalog entries and their audit trail are kept; public searches look at masked copies only. */
@SecondaryPort
public interface CatalogEntryRepository {

    Optional<CatalogEntry> findById(CatalogEntryId id);

    /**
     * Stores the entry (new, or unchanged since read) and appends its audit records.
     *
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when the stored version moved on
     */
    CatalogEntry save(CatalogEntry entry);

    /** Entries that wait for publication: drafts and published entries with a pending change. */
    List<CatalogEntry> findAwaitingPublication();

    /**
     * Published entries whose <em>masked</em> title, summary or body contains {@code text}
     * (case-insensitive; every published entry when blank), of {@code category} when given, newest
     * publication first. The originals are never searched: a name masked on publication finds nothing.
     */
    Page<CatalogEntry> searchPublished(String text, String category, PageRequest page);

    /** Entries whose information was made up to {@code lastDay}: what an annual report is compiled from. */
    List<CatalogEntry> findMadeUpTo(LocalDate lastDay);

    List<AuditRecord> history(CatalogEntryId id);
}
