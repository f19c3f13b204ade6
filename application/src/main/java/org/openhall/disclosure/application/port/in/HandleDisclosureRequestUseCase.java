package org.openhall.disclosure.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.disclosure.domain.request.ChallengeKind;
import org.openhall.disclosure.domain.request.ChallengeOutcome;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.disclosure.domain.request.FeeScale;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.ThirdPartyOpinion;
import org.openhall.shared.domain.access.Actor;

/**
 * The disclosure office's handling of requests for information (依申请公开), each step as the
 * Regulations on Open Government Information prescribe it. Every step needs a disclosure officer
 * ({@code disclosure.role-required} otherwise) and answers with the request as it now stands.
 */
@PrimaryPort
public interface HandleDisclosureRequestUseCase {

    /** 登记: records an arrived request; in person or signed for, its reply period starts (Art. 31). */
    DisclosureRequestView register(RegisterRequestCommand command);

    /** 确认收到: the day of receipt of an ordinary letter, online or fax request (Art. 31). */
    DisclosureRequestView confirmReceipt(Actor actor, DisclosureRequestId id, LocalDate confirmedOn);

    /** 补正通知: the one consolidated correction notice, within 7 working days (Art. 30). */
    DisclosureRequestView requestCorrection(Actor actor, DisclosureRequestId id, List<String> points,
            LocalDate applicantDueOn);

    /** 收到补正: the corrected request arrived today; the reply period starts afresh. */
    DisclosureRequestView receiveCorrection(Actor actor, DisclosureRequestId id);

    /** 视为放弃: no correction by the applicant's deadline. */
    DisclosureRequestView deemWithdrawn(Actor actor, DisclosureRequestId id);

    /** 撤回: the applicant withdrew the request. */
    DisclosureRequestView withdraw(Actor actor, DisclosureRequestId id, String reason);

    /** 征求第三方意见 (Art. 32): pauses the reply period. */
    DisclosureRequestView consultThirdParty(Actor actor, DisclosureRequestId id, String thirdParty);

    /** 第三方意见: the opinion arrived today. */
    DisclosureRequestView recordOpinion(Actor actor, DisclosureRequestId id, ThirdPartyOpinion opinion);

    /** 第三方逾期未答复: the third party's 15 working days ran out. */
    DisclosureRequestView lapseConsultation(Actor actor, DisclosureRequestId id);

    /** 延期 (Art. 33): once, at most 20 working days, approved and notified. */
    DisclosureRequestView extend(ExtendReplyCommand command);

    /**
     * 信息处理费 (国办函〔2020〕109号): by one scale; per request the applicant's ordinal of the
     * calendar month of receipt is worked out from the stored requests, per page {@code pages} is needed.
     */
    DisclosureRequestView assessFee(Actor actor, DisclosureRequestId id, FeeScale scale, Integer pages);

    /** 答复 (Arts. 35–37). */
    DisclosureRequestView reply(Actor actor, DisclosureRequestId id, ReplyContent content);

    /** 记录行政复议/诉讼 (counted in the annual report). */
    DisclosureRequestView recordChallenge(Actor actor, DisclosureRequestId id, ChallengeKind kind, LocalDate filedOn);

    /** 复议/诉讼结果. */
    DisclosureRequestView decideChallenge(Actor actor, DisclosureRequestId id, int challenge, ChallengeOutcome outcome,
            LocalDate decidedOn);
}
