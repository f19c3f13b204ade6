package org.openhall.participation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * Drafts, comments and hearings for the tests of every layer: a parking-fee rule drafted by the
 * housing and urban-rural development bureau (住建局) of Heshan in autumn 2026.
 */
public final class ParticipationFixtures {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final WorkingDayCalendar CALENDAR = NationalCalendars.china2025to2026();
    public static final DepartmentCode ZJJ = new DepartmentCode("ZJJ");
    public static final DepartmentCode SCJG = new DepartmentCode("SCJG");
    public static final Actor DRAFTER = new Actor("approver.zjj", Set.of(Role.DEPARTMENT_APPROVER), ZJJ, "黄伟");
    public static final Actor OTHER_APPROVER = new Actor("approver.scjg", Set.of(Role.DEPARTMENT_APPROVER), SCJG,
            "陈静");
    public static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "韦强");
    public static final DraftContent PARKING_RULES = new DraftContent("合山市城区停车收费管理办法（征求意见稿）",
            "调整城区道路停车收费标准，增设夜间免费时段。", "第一条 为规范城区停车秩序……",
            "起草说明：近年来城区机动车保有量持续增长……");
    public static final Commenter ZHANG_SAN = new Commenter(new PersonName("张三"), new PhoneNumber("13800138000"));
    public static final Commenter OUYANG = new Commenter(new PersonName("欧阳娜娜"), null);
    public static final Registrant LI_SI = new Registrant(new PersonName("李四"), new PhoneNumber("13912345678"));
    public static final Registrant WANG_WU = new Registrant(new PersonName("王五"), new PhoneNumber("0772-4212345"));

    private ParticipationFixtures() {
    }

    /** A clock standing at 10:00 on {@code date} in China. */
    public static Clock on(String date) {
        return Clock.fixed(LocalDate.parse(date).atTime(10, 0).atZone(CHINA).toInstant(), CHINA);
    }

    /** The parking rules published for comment on {@code date} for {@code days} days. */
    public static DraftDecision draftPublishedOn(String date, int days) {
        return DraftDecision.publishForComment(DraftDecisionId.random(), ZJJ, PARKING_RULES, null, days, null, DRAFTER,
                CALENDAR, on(date));
    }

    public static Comment commentOn(DraftDecision draft, Commenter commenter, String date) {
        return Comment.submit(CommentId.random(), draft, commenter, "建议夜间免费时段延长至早上八点。", on(date));
    }

    /** A hearing on {@code heldOn} with registration until {@code registrationClosesOn} and three seats. */
    public static HearingAnnouncement announcement(String heldOn, String registrationClosesOn) {
        return new HearingAnnouncement("停车收费标准调整听证会", LocalDate.parse(heldOn), "合山市政务服务中心三楼会议室", 3,
                "按报名先后及利益相关程度遴选，消费者、经营者、专家代表各占一定名额。", LocalDate.parse(registrationClosesOn));
    }
}
