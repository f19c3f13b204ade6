package org.openhall.disclosure.application.port.in;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.openhall.disclosure.domain.report.AnnualReport;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/**
 * What anyone may read without signing in: published entries (only their masked copies), the
 * disclosure guide and the annual reports. Every public channel — page, search, feed, API,
 * downloads — reads through this port, so none of them can reach an original.
 */
@PrimaryPort
public interface PublicDisclosureQuery {

    /** Published entries whose masked text holds {@code text} (all when blank), of {@code category} if given, newest first. */
    Page<PublicEntryView> search(String text, Optional<String> category, PageRequest page);

    /** A published entry; withdrawn and unpublished ones are not found. */
    PublicEntryView entry(CatalogEntryId id);

    /** The masked text of a published text attachment. */
    String attachmentText(CatalogEntryId id, int attachment);

    /** The latest published entries, for the feed. */
    List<PublicEntryView> latest(int count);

    DisclosureGuide guide();

    /** The figures of {@code year} in the national layout (Arts. 49–50). */
    AnnualReport annualReport(int year);
}
