package org.openhall.catalog.adapter.out.persistence;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the approval-item catalog in PostgreSQL. */
@Component
@SecondaryAdapter
public class ApprovalItemPersistenceAdapter implements ApprovalItemRepository {

    private final ApprovalItemRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final ApprovalItemMapper mapper;

    public ApprovalItemPersistenceAdapter(ApprovalItemRowRepository rows, JdbcAggregateOperations aggregates,
            ApprovalItemMapper mapper) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApprovalItem> findByCode(ApprovalItemCode code) {
        return rows.findById(code.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(ApprovalItemCode code) {
        return rows.existsById(code.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ApprovalItem> findAll(PageRequest page) {
        var found = rows.findAll(org.springframework.data.domain.PageRequest.of(page.page(), page.size(),
                Sort.by("code")));
        return Page.of(found.getContent().stream().map(mapper::toDomain).toList(), page, found.getTotalElements());
    }

    @Override
    @Transactional
    public void save(ApprovalItem item) {
        ApprovalItemRow row = mapper.toRow(item);
        // The code is a natural key, so Spring Data cannot tell a new item from a stored one by itself.
        if (rows.existsById(row.code())) {
            aggregates.update(row);
        } else {
            aggregates.insert(row);
        }
    }
}
