package org.openhall.servicecase.application.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.servicecase.application.port.in.CaseHandlersQuery;
import org.openhall.servicecase.application.port.in.CaseHandlersView;
import org.openhall.servicecase.application.port.out.CaseNumberLookupPort;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.CaseTransition;
import org.openhall.shared.domain.InvalidValue;
import org.springframework.transaction.annotation.Transactional;

/** Finds a case by number and lists who acted on it, from its history. */
@Application
public class CaseHandlersService implements CaseHandlersQuery {

    private final CaseNumberLookupPort numbers;
    private final ServiceCaseRepository cases;

    public CaseHandlersService(CaseNumberLookupPort numbers, ServiceCaseRepository cases) {
        this.numbers = numbers;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseHandlersView> handlersOf(String caseNumber) {
        CaseNumber number;
        try {
            number = new CaseNumber(caseNumber);
        } catch (InvalidValue notACaseNumber) {
            return Optional.empty();
        }
        return numbers.caseNumbered(number).flatMap(cases::findById).map(c -> {
            Set<String> handlers = new LinkedHashSet<>();
            List<CaseTransition> history = cases.history(c.getId());
            history.forEach(t -> handlers.add(t.actor()));
            return new CaseHandlersView(c.getId().toString(), c.number().value(), c.department().value(),
                    List.copyOf(handlers));
        });
    }
}
