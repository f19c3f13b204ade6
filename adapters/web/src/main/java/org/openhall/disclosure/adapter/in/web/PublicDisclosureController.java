package org.openhall.disclosure.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openhall.disclosure.application.port.in.PublicDisclosureQuery;
import org.openhall.disclosure.application.port.in.PublicEntryView;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.openhall.disclosure.domain.catalog.GuideCategory;
import org.openhall.disclosure.domain.report.AnnualReport;
import org.openhall.disclosure.domain.report.ChallengeRow;
import org.openhall.disclosure.domain.report.CategoryCount;
import org.openhall.disclosure.domain.report.ReportRow;
import org.openhall.disclosure.domain.request.RequesterKind;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public channels of open government information, open to anyone: search and entries (JSON),
 * the entry page (HTML), downloads, the Atom feed, the disclosure guide and the annual reports.
 * All of them read through {@link PublicDisclosureQuery}, which hands out masked copies only.
 */
@RestController
@RequestMapping("/api/v1/public/disclosure")
@Tag(name = "Public disclosure", description = "政府信息公开: what anyone may read")
public class PublicDisclosureController {

    static final MediaType ATOM = MediaType.valueOf("application/atom+xml");
    private static final MediaType TEXT_HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType TEXT_PLAIN_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final PublicDisclosureQuery disclosure;

    public PublicDisclosureController(PublicDisclosureQuery disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping("/entries")
    @Operation(summary = "Searches published entries (their masked text), newest first")
    public PageResponse<PublicEntryView> search(@RequestParam(defaultValue = "") String q,
            @RequestParam Optional<String> category, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(disclosure.search(q, category, new PageRequest(page, size)), v -> v);
    }

    @GetMapping("/entries/{id}")
    public PublicEntryView entry(@PathVariable UUID id) {
        return disclosure.entry(new CatalogEntryId(id));
    }

    @GetMapping(path = "/entries/{id}/page", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The entry as a web page")
    public ResponseEntity<String> page(@PathVariable UUID id) {
        PublicEntryView e = disclosure.entry(new CatalogEntryId(id));
        StringBuilder body = new StringBuilder("<table>");
        row(body, "索引号", e.indexNumber());
        row(body, "主题分类", e.categoryName());
        row(body, "发布机构", e.department());
        row(body, "生成日期", e.madeOn());
        row(body, "公开日期", e.publishedOn());
        body.append("</table><p>").append(Html.escape(e.summary())).append("</p>");
        if (e.body() != null) {
            body.append("<div>").append(Html.escape(e.body())).append("</div>");
        }
        return ResponseEntity.ok().contentType(TEXT_HTML_UTF8).body(Html.page(e.title(), body.toString()));
    }

    @GetMapping(path = "/entries/{id}/download", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Downloads the entry as text")
    public ResponseEntity<String> download(@PathVariable UUID id) {
        PublicEntryView e = disclosure.entry(new CatalogEntryId(id));
        String text = e.title() + "\n索引号：" + e.indexNumber() + "\n生成日期：" + e.madeOn() + "\n公开日期："
                + e.publishedOn() + "\n\n" + e.summary() + "\n\n" + (e.body() == null ? "" : e.body() + "\n");
        return attachment(e.indexNumber() + ".txt", text);
    }

    @GetMapping(path = "/entries/{id}/attachments/{number}", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Downloads a text attachment, personal data masked")
    public ResponseEntity<String> attachment(@PathVariable UUID id, @PathVariable int number) {
        CatalogEntryId entry = new CatalogEntryId(id);
        String text = disclosure.attachmentText(entry, number);
        String name = disclosure.entry(entry).attachments().get(number - 1).fileName();
        return attachment(name, text);
    }

    @GetMapping(path = "/feed", produces = "application/atom+xml")
    @Operation(summary = "The latest published entries as an Atom feed")
    public ResponseEntity<String> feed() {
        List<PublicEntryView> latest = disclosure.latest(20);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>政府信息公开</title>")
                .append("<id>urn:openhall:disclosure:feed</id><updated>")
                .append(latest.isEmpty() ? "1970-01-01T00:00:00+08:00" : stamp(latest.getFirst()))
                .append("</updated><link rel=\"self\" href=\"/api/v1/public/disclosure/feed\"/>");
        for (PublicEntryView e : latest) {
            xml.append("<entry><id>urn:openhall:disclosure:entry:").append(e.id()).append("</id><title>")
                    .append(Html.escape(e.title())).append("</title><updated>").append(stamp(e))
                    .append("</updated><link href=\"/api/v1/public/disclosure/entries/").append(e.id())
                    .append("/page\"/><category term=\"").append(Html.escape(e.category())).append("\"/><summary>")
                    .append(Html.escape(e.summary())).append("</summary></entry>");
        }
        xml.append("</feed>");
        return ResponseEntity.ok().contentType(new MediaType(ATOM, StandardCharsets.UTF_8)).body(xml.toString());
    }

    @GetMapping("/guide")
    @Operation(summary = "The disclosure guide (公开指南)")
    public DisclosureGuide guide() {
        return disclosure.guide();
    }

    @GetMapping(path = "/guide/page", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The disclosure guide as a web page")
    public ResponseEntity<String> guidePage() {
        DisclosureGuide g = disclosure.guide();
        StringBuilder body = new StringBuilder("<h2>一、主动公开</h2><table><tr><th>类别</th><th>名称</th><th>说明</th></tr>");
        for (GuideCategory c : g.categories()) {
            body.append("<tr><td>").append(Html.escape(c.code())).append("</td><td>").append(Html.escape(c.name()))
                    .append("</td><td>").append(Html.escape(c.description())).append("</td></tr>");
        }
        body.append("</table><h2>二、依申请公开</h2><p>").append(Html.escape(g.applicationNotes())).append("</p><table>");
        row(body, "受理机构", g.office());
        row(body, "地址", g.address());
        row(body, "办公时间", g.officeHours());
        row(body, "电话", g.phone());
        row(body, "传真", g.fax());
        row(body, "电子邮箱", g.email());
        row(body, "网站", g.website());
        row(body, "更新日期", g.updatedOn());
        body.append("</table>");
        return ResponseEntity.ok().contentType(TEXT_HTML_UTF8)
                .body(Html.page(g.agencyName() + "政府信息公开指南", body.toString()));
    }

    @GetMapping("/annual-reports/{year}")
    @Operation(summary = "The annual report's figures in the national layout (Arts. 49–50)")
    public AnnualReport annualReport(@PathVariable int year) {
        return disclosure.annualReport(year);
    }

    @GetMapping(path = "/annual-reports/{year}/page", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The annual report's tables, printable")
    public ResponseEntity<String> annualReportPage(@PathVariable int year) {
        AnnualReport report = disclosure.annualReport(year);
        StringBuilder body = new StringBuilder("<h2>二、主动公开政府信息情况</h2><table><tr><th>类别</th><th>本年新公开</th>")
                .append("<th>本年撤回</th><th>年末公开</th></tr>");
        for (CategoryCount c : report.proactive()) {
            body.append("<tr><td>").append(Html.escape(c.name())).append("</td><td>").append(c.publishedInYear())
                    .append("</td><td>").append(c.withdrawnInYear()).append("</td><td>").append(c.publicAtYearEnd())
                    .append("</td></tr>");
        }
        body.append("</table><h2>三、收到和处理政府信息公开申请情况</h2><table><tr><th></th><th>自然人</th><th>商业企业</th>")
                .append("<th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th><th>总计</th></tr>");
        for (ReportRow r : report.requestRows()) {
            body.append("<tr><td>").append(Html.escape(r.label())).append("</td>");
            for (RequesterKind kind : RequesterKind.values()) {
                body.append("<td>").append(r.of(kind)).append("</td>");
            }
            body.append("<td>").append(r.total()).append("</td></tr>");
        }
        body.append("</table><h2>四、政府信息公开行政复议、行政诉讼情况</h2><table><tr><th></th><th>结果维持</th><th>结果纠正</th>")
                .append("<th>其他结果</th><th>尚未审结</th><th>总计</th></tr>");
        for (ChallengeRow c : report.challengeRows()) {
            body.append("<tr><td>").append(Html.escape(c.label())).append("</td><td>").append(c.upheld())
                    .append("</td><td>").append(c.corrected()).append("</td><td>").append(c.other()).append("</td><td>")
                    .append(c.pending()).append("</td><td>").append(c.total()).append("</td></tr>");
        }
        body.append("</table><p>收取信息处理费：").append(report.feesAssessed().yuan().toPlainString()).append(" 元</p>");
        return ResponseEntity.ok().contentType(TEXT_HTML_UTF8)
                .body(Html.page(year + "年政府信息公开工作年度报告", body.toString()));
    }

    private static void row(StringBuilder body, String label, Object value) {
        body.append("<tr><th>").append(label).append("</th><td>").append(Html.escape(value)).append("</td></tr>");
    }

    private static ResponseEntity<String> attachment(String fileName, String text) {
        return ResponseEntity.ok().contentType(TEXT_PLAIN_UTF8)
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8)
                        .build().toString())
                .body(text);
    }

    private static String stamp(PublicEntryView e) {
        return e.publishedOn().atStartOfDay(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
