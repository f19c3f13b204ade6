package org.openhall.servicecase.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import org.openhall.servicecase.application.port.in.CaseSummaryView;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.DeadlineKind;
import org.openhall.servicecase.application.port.in.TransitionView;
import org.openhall.servicecase.domain.CaseFees;
import org.openhall.servicecase.domain.FeeCollection;
import org.openhall.servicecase.domain.FeeLine;
import org.openhall.servicecase.domain.FeeRefund;
import org.openhall.shared.adapter.in.web.WebMapperConfig;
import org.openhall.shared.domain.money.Money;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.openhall.shared.domain.time.ExplainedDay;
import org.openhall.shared.domain.time.TimeLimit;

/** The case views of the use cases as the API shows them. */
@Mapper(config = WebMapperConfig.class)
interface CaseResponseMapper {

    CaseResponseMapper INSTANCE = Mappers.getMapper(CaseResponseMapper.class);

    @Mapping(target = "applicant.name", source = "applicantName")
    @Mapping(target = "applicant.idNumber", source = "applicantIdNumber")
    @Mapping(target = "applicant.phone", source = "applicantPhone")
    CaseResponse toResponse(CaseView view);

    CaseResponse.NoticeResponse toResponse(CaseView.NoticeView notice);

    CaseResponse.NoticeLineResponse toResponse(CaseView.NoticeLine line);

    CaseSummaryResponse toResponse(CaseSummaryView view);

    TransitionResponse toResponse(TransitionView view);

    @Mapping(target = "caseId", source = "caseId")
    @Mapping(target = "kind", source = "kind")
    @Mapping(target = "day0", source = "explanation.day0")
    @Mapping(target = "limit", source = "explanation.limit")
    @Mapping(target = "extensionDays", source = "explanation.extensionDays")
    @Mapping(target = "dueDate", source = "explanation.deadline.dueDate")
    @Mapping(target = "provisional", source = "explanation.deadline.provisional")
    @Mapping(target = "provisionalReason", source = "explanation.deadline.provisionalReason")
    @Mapping(target = "days", source = "explanation.days")
    @Mapping(target = "summary", source = "summary")
    DeadlineExplanationResponse toResponse(String caseId, DeadlineKind kind, DeadlineExplanation explanation,
            DeadlineSummaryResponse summary);

    DeadlineExplanationResponse.LimitResponse toResponse(TimeLimit limit);

    DeadlineExplanationResponse.DayResponse toResponse(ExplainedDay day);

    CaseResponse.AgentResponse toResponse(CaseView.AgentView agent);

    @Mapping(target = "catalogAmount", expression = "java(yuan(fees.catalogAmount()))")
    CaseResponse.FeesResponse toResponse(CaseFees fees);

    CaseResponse.FeeLineResponse toResponse(FeeLine line);

    CaseResponse.FeeCollectionResponse toResponse(FeeCollection collection);

    CaseResponse.FeeRefundResponse toResponse(FeeRefund refund);

    default BigDecimal yuan(Money money) {
        return money == null ? null : money.yuan();
    }

    /** Material codes in a stable order, so that a client can compare two responses. */
    default List<String> sorted(Set<String> codes) {
        return codes == null ? List.of() : codes.stream().sorted().toList();
    }
}
