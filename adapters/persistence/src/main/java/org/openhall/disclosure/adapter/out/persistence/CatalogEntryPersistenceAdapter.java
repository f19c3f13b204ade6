package org.openhall.disclosure.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.disclosure.application.port.out.CatalogEntryRepository;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.catalog.CatalogEntry;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.EntryStatus;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.adapter.out.persistence.VersionedRows;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps catalog entries in PostgreSQL. Public search runs over the masked public_* columns only,
 * so an original — a name, an identity number — can never be found from outside.
 */
@Component
@SecondaryAdapter
public class CatalogEntryPersistenceAdapter implements CatalogEntryRepository {

    private static final Sort NEWEST_PUBLICATION_FIRST = Sort.by(Sort.Order.desc("publishedOn"),
            Sort.Order.desc("indexNumber"));

    private final JdbcAggregateOperations aggregates;
    private final DisclosureAuditLog audit;
    private final DisclosureMapper mapper;

    public CatalogEntryPersistenceAdapter(JdbcAggregateOperations aggregates, DisclosureAuditLog audit,
            DisclosureMapper mapper) {
        this.aggregates = aggregates;
        this.audit = audit;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogEntry> findById(CatalogEntryId id) {
        return Optional.ofNullable(aggregates.findById(id.value(), CatalogEntryRow.class)).map(this::restore);
    }

    @Override
    @Transactional
    public CatalogEntry save(CatalogEntry entry) {
        List<AuditRecord> recorded = entry.pullAudit();
        CatalogEntryRow row = mapper.toRow(entry.snapshot());
        CatalogEntryRow stored = VersionedRows.store(aggregates, row, row.version() == 0, "disclosure_entry_pkey",
                "disclosure-entry", entry.getId().toString());
        audit.append(recorded);
        return restore(stored);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogEntry> findAwaitingPublication() {
        return find(Criteria.where("status").is(EntryStatus.DRAFT.name())
                .or(Criteria.where("status").is(EntryStatus.PUBLISHED.name()).and("pendingChange").isTrue()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CatalogEntry> searchPublished(String text, String category, PageRequest page) {
        Criteria criteria = Criteria.where("status").is(EntryStatus.PUBLISHED.name());
        if (category != null) {
            criteria = criteria.and("category").is(category);
        }
        if (!text.isBlank()) {
            String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            criteria = criteria.and(Criteria.where("publicTitle").like(pattern).ignoreCase(true)
                    .or("publicSummary").like(pattern).ignoreCase(true)
                    .or("publicBody").like(pattern).ignoreCase(true));
        }
        var found = aggregates.findAll(Query.query(criteria), CatalogEntryRow.class,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size(), NEWEST_PUBLICATION_FIRST));
        return Page.of(found.getContent().stream().map(this::restore).toList(), page, found.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogEntry> findMadeUpTo(LocalDate lastDay) {
        return find(Criteria.where("madeOn").lessThanOrEquals(lastDay));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> history(CatalogEntryId id) {
        return audit.of(id.value());
    }

    private List<CatalogEntry> find(Criteria criteria) {
        return aggregates.findAll(Query.query(criteria), CatalogEntryRow.class).stream().map(this::restore).toList();
    }

    private CatalogEntry restore(CatalogEntryRow row) {
        return CatalogEntry.restore(mapper.toSnapshot(row));
    }
}
