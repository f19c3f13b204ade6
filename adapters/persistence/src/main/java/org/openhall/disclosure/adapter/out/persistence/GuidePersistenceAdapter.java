package org.openhall.disclosure.adapter.out.persistence;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.disclosure.application.port.out.DisclosureGuideRepository;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the current disclosure guide as one row with its categories; a new version replaces it whole. */
@Component
@SecondaryAdapter
public class GuidePersistenceAdapter implements DisclosureGuideRepository {

    static final String CURRENT = "current";

    private final JdbcAggregateOperations aggregates;
    private final DisclosureMapper mapper;

    public GuidePersistenceAdapter(JdbcAggregateOperations aggregates, DisclosureMapper mapper) {
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DisclosureGuide> current() {
        return Optional.ofNullable(aggregates.findById(CURRENT, GuideRow.class)).map(mapper::toDomain);
    }

    @Override
    @Transactional
    public void replace(DisclosureGuide guide) {
        aggregates.deleteById(CURRENT, GuideRow.class);
        aggregates.insert(mapper.toRow(guide));
    }
}
