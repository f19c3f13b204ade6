package org.openhall.catalog.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.domain.access.Actor;

/**
 * Brings the catalog in line with a definition from outside — a county pack, or the spreadsheet a
 * centre keeps its catalog in (事项目录导入). Every change is written to the change log in the same
 * transaction; a call that changes nothing writes nothing.
 */
@PrimaryPort
public interface ApplyCatalogUseCase {

    /**
     * Publishes {@code definition} from {@code effectiveFrom}.
     *
     * @return {@link ChangeOutcome#ADDED} for an item new to the catalog (its first version may be
     *         dated back); {@link ChangeOutcome#CHANGED} when the content differs from the latest
     *         version, or the item was abolished — a new version from {@code effectiveFrom}, the
     *         previous one ending the day before; a suspended item stays suspended with the new
     *         content; {@link ChangeOutcome#UNCHANGED} when the latest version already has this
     *         content and is not abolished
     * @throws org.openhall.catalog.domain.problem.RetroactiveChange when an existing item would
     *         change before today
     * @throws org.openhall.catalog.domain.problem.ValidityConflict when the latest version begins
     *         after {@code effectiveFrom}
     */
    ChangeOutcome apply(Actor actor, ItemDefinition definition, LocalDate effectiveFrom);

    /**
     * Abolishes the item from {@code effectiveFrom} (清理).
     *
     * @return {@link ChangeOutcome#REMOVED}, or {@link ChangeOutcome#UNCHANGED} when it is already
     *         abolished
     * @throws org.openhall.shared.application.problem.ResourceNotFound for a code the catalog never had
     */
    ChangeOutcome abolish(Actor actor, ApprovalItemCode code, LocalDate effectiveFrom, String reason);

    /**
     * The definition of every item published today, by code: what a pack is compared with, and
     * what an export writes.
     */
    List<ItemDefinition> currentDefinitions();
}
