package org.openhall.disclosure.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.openhall.disclosure.domain.catalog.EntryContent;
import org.openhall.shared.domain.access.Actor;

/**
 * The disclosure office keeps the catalog of proactively disclosed information (主动公开目录) and
 * the disclosure guide (公开指南). Every step needs a disclosure officer.
 */
@PrimaryPort
public interface ManageCatalogUseCase {

    /**
     * 编目: records information made on {@code content.madeOn()}, numbered by the jurisdiction's
     * index scheme; its category must be one of the guide's ({@code disclosure.unknown-category}).
     */
    EntryView record(Actor actor, EntryContent content, List<AttachmentInput> attachments);

    /** 变更: the entry's information changed; the change is due for publication in 20 working days. */
    EntryView change(Actor actor, CatalogEntryId id, EntryContent content, List<AttachmentInput> attachments);

    /** 人工审核: releases an attachment whose text could not be checked by machine. */
    EntryView releaseAttachment(Actor actor, CatalogEntryId id, int attachment);

    /** 发布: publishes the entry with personal data masked on every public channel. */
    EntryView publish(Actor actor, CatalogEntryId id);

    /** 撤回: takes the entry off the public channels; the reason is audited. */
    EntryView withdraw(Actor actor, CatalogEntryId id, String reason);

    /**
     * Raises an overdue-publication event, once per revision, for every entry past its 20 working
     * days today; supervisors or a scheduler call it.
     *
     * @return how many entries were reported now
     */
    int reportOverduePublications(Actor actor);

    /** Issues a new version of the disclosure guide. */
    DisclosureGuide setGuide(Actor actor, DisclosureGuide guide);
}
