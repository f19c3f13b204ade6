package org.openhall.participation.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openhall.participation.application.port.in.AdoptionReportView;
import org.openhall.participation.application.port.in.CommentReceipt;
import org.openhall.participation.application.port.in.DraftSummaryView;
import org.openhall.participation.application.port.in.DraftView;
import org.openhall.participation.application.port.in.HearingView;
import org.openhall.participation.application.port.in.PublicCommentView;
import org.openhall.participation.application.port.in.RegistrationReceipt;
import org.openhall.participation.application.port.in.StaffCommentView;
import org.openhall.participation.application.port.in.StaffHearingView;
import org.openhall.participation.domain.Adoption;
import org.openhall.participation.domain.CommentStatus;
import org.openhall.participation.domain.DraftStatus;
import org.openhall.participation.domain.HearingStage;

/**
 * Views of a public security bureau's draft, opened on 2026-09-20 for 30 days, its comments and its
 * hearing, as the use cases would return them: personal data already masked.
 */
final class SampleParticipation {

    static final UUID DRAFT = UUID.fromString("0d8f6a3e-2b1c-4a57-9e0d-6b2f4c1a8e31");
    static final UUID COMMENT = UUID.fromString("5a2c7e19-8d34-4b6f-a1e2-9c0d3f7b6a48");
    static final UUID HEARING = UUID.fromString("c4e1b7a2-6f58-4d39-8a0b-2e9d1c5f7a63");
    static final UUID REGISTRATION = UUID.fromString("9b3d5f71-2c48-4e6a-b0d1-7a8e2c4f6b95");

    private SampleParticipation() {
    }

    static DraftView draft(long version) {
        return new DraftView(DRAFT.toString(), "合山市城区停车收费管理办法（征求意见稿）", "PSB", "调整城区道路停车收费标准。",
                "第一条 为规范城区停车秩序……", "起草说明……", LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 20), 30,
                false, null, DraftStatus.OPEN_FOR_COMMENT, true, null, null, null, version);
    }

    static DraftView shortened() {
        return new DraftView(DRAFT.toString(), "汛期临时停车措施（征求意见稿）", "PSB", "临时措施。", "全文", "说明",
                LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 30), 10, true, "汛期临近，需尽快出台",
                DraftStatus.OPEN_FOR_COMMENT, true, null, null, null, 1);
    }

    static DraftSummaryView summary() {
        return new DraftSummaryView(DRAFT.toString(), "合山市城区停车收费管理办法（征求意见稿）", "PSB", "调整城区道路停车收费标准。",
                LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 20), false, DraftStatus.OPEN_FOR_COMMENT, true);
    }

    static PublicCommentView publicComment() {
        return new PublicCommentView(COMMENT.toString(), "张*", "建议夜间免费时段延长至早上八点。", LocalDate.of(2026, 9, 28),
                Adoption.ADOPTED, "已延长至早上八点");
    }

    static StaffCommentView staffComment(CommentStatus status) {
        return new StaffCommentView(COMMENT.toString(), DRAFT.toString(), "张*", "138****8000", "建议夜间免费时段延长至早上八点。",
                Instant.parse("2026-09-28T02:00:00Z"), LocalDate.of(2026, 9, 28), status,
                status == CommentStatus.REJECTED ? "含有侮辱性言论" : null, "li.approver",
                Instant.parse("2026-09-29T02:00:00Z"), null, null, null, null, 2);
    }

    static CommentReceipt receipt() {
        return new CommentReceipt(COMMENT.toString(), DRAFT.toString(), "张*", LocalDate.of(2026, 10, 20),
                CommentStatus.PENDING);
    }

    static AdoptionReportView report() {
        return new AdoptionReportView(DRAFT.toString(), "合山市城区停车收费管理办法（征求意见稿）", "PSB", LocalDate.of(2026, 9, 20),
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 22), 3, 2, 1, 1, 0, 1,
                List.of(publicComment(), new PublicCommentView(UUID.randomUUID().toString(), "欧阳**", "建议取消收费。",
                        LocalDate.of(2026, 10, 5), Adoption.NOT_ADOPTED, "停车收费系依法设定的公共服务价格")));
    }

    static HearingView hearing(HearingStage stage) {
        boolean selected = stage != HearingStage.ANNOUNCED;
        return new HearingView(HEARING.toString(), DRAFT.toString(), "PSB", "停车收费标准调整听证会",
                LocalDate.of(2026, 10, 10), "合山市政务服务中心三楼会议室", 3, "按报名先后及利益相关程度遴选",
                LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 30), stage == HearingStage.ANNOUNCED, 20, 10, 7, stage,
                selected ? List.of("李*", "王*") : List.of(),
                stage.compareTo(HearingStage.MATERIALS_PROVIDED) >= 0
                        ? List.of(new HearingView.Material("停车收费成本调查报告", "附件一……")) : List.of(),
                stage.compareTo(HearingStage.MATERIALS_PROVIDED) >= 0 ? LocalDate.of(2026, 10, 3) : null, null, null, 3);
    }

    static StaffHearingView staffHearing() {
        return new StaffHearingView(hearing(HearingStage.REPRESENTATIVES_SELECTED),
                List.of(new StaffHearingView.RegistrationView(REGISTRATION.toString(), "李*", "139****5678", "附近居民",
                        LocalDate.of(2026, 9, 21), true)));
    }

    static RegistrationReceipt registration() {
        return new RegistrationReceipt(REGISTRATION.toString(), HEARING.toString(), "李*", LocalDate.of(2026, 9, 21));
    }
}
