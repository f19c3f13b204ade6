package org.openhall.disclosure.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openhall.disclosure.domain.catalog.Attachment;
import org.openhall.disclosure.domain.catalog.CatalogEntry;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.EntryContent;
import org.openhall.disclosure.domain.catalog.IndexNumber;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.disclosure.domain.request.IntakeChannel;
import org.openhall.disclosure.domain.request.RequestNumber;
import org.openhall.disclosure.domain.request.Requester;
import org.openhall.disclosure.domain.request.RequesterKind;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.identity.UnifiedSocialCreditCode;
import org.openhall.shared.domain.time.SettableClock;

/** Applicants, officers and entries for the disclosure tests of every module (shared through the test-jar). */
public final class DisclosureSamples {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final WorkingDayCalendar HESHAN = NationalCalendars.heshan2025to2026();
    public static final DepartmentCode GOVERNMENT_OFFICE = new DepartmentCode("ZFB");

    public static final Actor OFFICER = new Actor("wei.officer", Set.of(Role.DISCLOSURE_OFFICER), null, "韦公开");

    /** 张三, a natural person. */
    public static final Requester ZHANG_SAN = new Requester(RequesterKind.NATURAL_PERSON, "张三",
            new ResidentIdNumber("11010519491231002X"), null, new PhoneNumber("13800138000"), "合山市岭南镇1号");

    /** 李四, another natural person. */
    public static final Requester LI_SI = new Requester(RequesterKind.NATURAL_PERSON, "李四",
            new ResidentIdNumber("451381198001011234"), null, null, null);

    /** A commercial enterprise. */
    public static final Requester COMPANY = new Requester(RequesterKind.COMMERCIAL_ENTERPRISE, "合山市某某建材有限公司",
            null, new UnifiedSocialCreditCode("91451381MA5K123457"), new PhoneNumber("0772-8912345"), null);

    /** A law firm. */
    public static final Requester LAW_FIRM = new Requester(RequesterKind.LEGAL_SERVICE_INSTITUTION, "广西某某律师事务所",
            null, new UnifiedSocialCreditCode("12451381MB1234567B"), null, null);

    private static final java.util.concurrent.atomic.AtomicInteger INDEX = new java.util.concurrent.atomic.AtomicInteger();

    private DisclosureSamples() {
    }

    /** A clock at 10:00 on {@code isoDate} in China. */
    public static SettableClock clockOn(String isoDate) {
        return new SettableClock(CHINA, LocalDate.parse(isoDate).atTime(10, 0));
    }

    /** A request registered on {@code isoDate} through {@code channel} (registered post signed for that day). */
    public static DisclosureRequest registered(Requester requester, IntakeChannel channel, String isoDate,
            SettableClock clock) {
        clock.setDate(isoDate);
        return DisclosureRequest.register(new DisclosureRequestId(UUID.randomUUID()),
                RequestNumber.of("451381", LocalDate.parse(isoDate).getYear(), 1 + (long) (Math.random() * 90000)),
                requester, "2026年本镇农村道路建设项目的资金使用情况", channel,
                channel == IntakeChannel.REGISTERED_POST ? LocalDate.parse(isoDate) : null, OFFICER, HESHAN, clock);
    }

    /** A request received in person on {@code isoDate}. */
    public static DisclosureRequest receivedInPerson(String isoDate, SettableClock clock) {
        return registered(ZHANG_SAN, IntakeChannel.IN_PERSON, isoDate, clock);
    }

    /** Content of an entry made on {@code madeOn} in category ZCWJ naming 张三. */
    public static EntryContent content(String madeOn) {
        return new EntryContent("关于张三等人农村危房改造补助的公示",
                "张三（身份证号 11010519491231002X，电话 13800138000）获补助 2 万元",
                "经审核，张三、欧阳娜娜符合补助条件。联系电话 0772-4212345。", "ZCWJ", GOVERNMENT_OFFICE,
                LocalDate.parse(madeOn), List.of("张三", "欧阳娜娜"));
    }

    /** An entry recorded on {@code isoDate}, made that day, with the given attachments. */
    public static CatalogEntry recorded(String isoDate, SettableClock clock, Attachment... attachments) {
        clock.setDate(isoDate);
        return CatalogEntry.record(new CatalogEntryId(UUID.randomUUID()), new IndexNumber("HSZF-ZCWJ-2026-%04d".formatted(INDEX.incrementAndGet())),
                content(isoDate), List.of(attachments), OFFICER, HESHAN, clock);
    }
}
