package org.openhall.supervision.application.service;

import java.time.Clock;
import java.time.LocalDate;

import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.application.port.in.CardDecisionCommand;
import org.openhall.supervision.application.port.in.ContestCardUseCase;
import org.openhall.supervision.application.port.in.RevokeCardUseCase;
import org.openhall.supervision.application.port.in.WarningFilter;
import org.openhall.supervision.application.port.in.WarningQuery;
import org.openhall.supervision.application.port.in.WarningView;
import org.openhall.supervision.application.port.out.WarningRepository;
import org.openhall.supervision.domain.Warning;
import org.openhall.supervision.domain.WarningSnapshot;
import org.springframework.transaction.annotation.Transactional;

/** Lists warnings and cards, and takes the department's contest and the supervisor's decision on them. */
public class CardService implements WarningQuery, ContestCardUseCase, RevokeCardUseCase {

    private final WarningRepository warnings;
    private final SupervisionSettings settings;
    private final Clock clock;

    public CardService(WarningRepository warnings, SupervisionSettings settings, Clock clock) {
        this.warnings = warnings;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<WarningView> warnings(Actor actor, WarningFilter filter, PageRequest page) {
        WarningFilter scoped = SupervisionAccess.scopeOf(actor).map(filter::inDepartment).orElse(filter);
        return warnings.find(scoped, page).map(CardService::view);
    }

    @Override
    @Transactional(readOnly = true)
    public WarningView warning(Actor actor, String warningId) {
        Warning warning = load(warningId);
        SupervisionAccess.requireSees(actor, warning.department());
        return view(warning);
    }

    @Override
    @Transactional
    public WarningView contest(Actor approver, CardDecisionCommand command) {
        Warning warning = load(command.warningId());
        SupervisionAccess.requireApproverOf(approver, warning.department());
        warning.contest(approver, command.reason(), today());
        warnings.update(warning);
        return view(warning);
    }

    @Override
    @Transactional
    public WarningView revoke(Actor supervisor, CardDecisionCommand command) {
        SupervisionAccess.requireSupervisor(supervisor, "revoke a card");
        Warning warning = load(command.warningId());
        warning.revoke(supervisor, command.reason(), today());
        warnings.update(warning);
        return view(warning);
    }

    @Override
    @Transactional
    public WarningView dismissContest(Actor supervisor, CardDecisionCommand command) {
        SupervisionAccess.requireSupervisor(supervisor, "decide on a contest");
        Warning warning = load(command.warningId());
        warning.dismissContest(supervisor, command.reason(), today());
        warnings.update(warning);
        return view(warning);
    }

    private Warning load(String id) {
        return warnings.find(id).orElseThrow(() -> new ResourceNotFound("warning", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    static WarningView view(Warning warning) {
        WarningSnapshot s = warning.snapshot();
        return new WarningView(s.id(), s.caseId(), s.caseNumber(), s.department(), s.itemCode(), s.rule().name(),
                s.level().name(), s.dueOn(), s.raisedOn(), s.raisedAt(), s.status().name(), s.contestReason(),
                s.contestedBy(), s.contestedOn(), s.decisionReason(), s.decidedBy(), s.decidedOn());
    }
}
