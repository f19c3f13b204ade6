package org.openhall.catalog.application.service;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.ApprovalItemAlreadyRegistered;
import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.application.port.in.ApprovalItemView;
import org.openhall.catalog.application.port.in.RegisterApprovalItemCommand;
import org.openhall.catalog.application.port.in.RegisterApprovalItemUseCase;
import org.openhall.catalog.application.port.out.ApprovalItemRepository;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.time.TimeLimit;
import org.springframework.transaction.annotation.Transactional;

/** The catalog's use cases. */
@Application
public class CatalogService implements ApprovalItemQuery, ApprovalItemLookup, RegisterApprovalItemUseCase {

    private final ApprovalItemRepository items;

    public CatalogService(ApprovalItemRepository items) {
        this.items = items;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ApprovalItemView> list(PageRequest page) {
        return items.findAll(page).map(ApprovalItemView::of);
    }

    @Override
    @Transactional(readOnly = true)
    public ApprovalItemView get(ApprovalItemCode code) {
        return ApprovalItemView.of(item(code));
    }

    @Override
    @Transactional(readOnly = true)
    public ApprovalItem item(ApprovalItemCode code) {
        return items.findByCode(code).orElseThrow(() -> new ResourceNotFound("item", code.value()));
    }

    @Override
    @Transactional
    public ApprovalItemCode register(RegisterApprovalItemCommand c) {
        if (items.exists(c.code())) {
            throw new ApprovalItemAlreadyRegistered(c.code().value());
        }
        ApprovalItem item = ApprovalItem.register(c.code(), c.name(), c.kind(), c.department(), c.legalBasis(),
                TimeLimit.workingDays(c.statutoryLimitWorkingDays()), TimeLimit.workingDays(c.promisedLimitWorkingDays()),
                c.materials());
        items.save(item);
        return item.code();
    }
}
