package org.openhall.servicecase.adapter.in.web.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A notice ready to print, whatever its kind: every text is final, in Chinese, with personal data
 * already masked. Builders (one per kind) fill it; {@link PrintedNoticePdf} lays it out.
 *
 * @param centreName  the service centre (政务服务中心) printed at the head
 * @param caseNumber  办件编号
 * @param fields      labelled facts: applicant, item, the dates that matter
 * @param paragraphs  the body text, in order
 * @param legalBasis  the articles the notice rests on, one citation each
 * @param remedies    what the applicant can do against it (行政复议, 行政诉讼); empty when none is due
 * @param issuer      the issuing department (出具单位)
 * @param issuedOn    the notice's date
 * @param trackingUrl where the public tracking page of this case is; the QR code encodes it
 */
public record PrintedNotice(NoticeKind kind, String title, String centreName, String caseNumber, List<Field> fields,
        List<String> paragraphs, List<String> legalBasis, List<String> remedies, String issuer, LocalDate issuedOn,
        String trackingUrl) {

    public PrintedNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
        fields = List.copyOf(fields);
        paragraphs = List.copyOf(paragraphs);
        legalBasis = List.copyOf(legalBasis);
        remedies = List.copyOf(remedies);
    }

    /** One labelled fact, e.g. 受理日期：2026年10月9日. */
    public record Field(String label, String value) {
    }
}
