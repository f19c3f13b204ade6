package org.openhall.supervision.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.application.port.in.AccountabilityQuery;
import org.openhall.supervision.application.port.in.RecordAccountabilityCommand;
import org.openhall.supervision.application.port.in.RecordAccountabilityUseCase;
import org.openhall.supervision.application.port.out.AccountabilityRepository;
import org.openhall.supervision.application.port.out.WarningRepository;
import org.openhall.supervision.domain.AccountabilityRecord;
import org.openhall.supervision.domain.Warning;
import org.openhall.supervision.domain.WarningSnapshot;
import org.openhall.supervision.domain.problem.NotACard;
import org.springframework.transaction.annotation.Transactional;

/** Accountability (责任追究) for cards. */
public class AccountabilityService implements RecordAccountabilityUseCase, AccountabilityQuery {

    private final AccountabilityRepository records;
    private final WarningRepository warnings;
    private final SupervisionSettings settings;
    private final Clock clock;

    public AccountabilityService(AccountabilityRepository records, WarningRepository warnings,
            SupervisionSettings settings, Clock clock) {
        this.records = records;
        this.warnings = warnings;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AccountabilityRecord record(Actor supervisor, RecordAccountabilityCommand command) {
        SupervisionAccess.requireSupervisor(supervisor, "record accountability");
        Warning warning = warnings.find(command.warningId())
                .orElseThrow(() -> new ResourceNotFound("warning", command.warningId()));
        if (!warning.level().isCard()) {
            throw new NotACard(warning.id());
        }
        WarningSnapshot w = warning.snapshot();
        AccountabilityRecord record = new AccountabilityRecord(UUID.randomUUID().toString(), w.id(), w.caseId(),
                w.department(), command.staff(), command.measure(), command.reasons(), supervisor.username(),
                LocalDate.now(clock.withZone(settings.zone())));
        records.add(record);
        return record;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountabilityRecord> accountability(Actor actor) {
        return records.list(SupervisionAccess.scopeOf(actor));
    }
}
