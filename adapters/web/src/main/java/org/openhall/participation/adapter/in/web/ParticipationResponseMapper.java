package org.openhall.participation.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;
import org.openhall.participation.application.port.in.AdoptionReportView;
import org.openhall.participation.application.port.in.CommentReceipt;
import org.openhall.participation.application.port.in.ContactView;
import org.openhall.participation.application.port.in.DraftSummaryView;
import org.openhall.participation.application.port.in.DraftView;
import org.openhall.participation.application.port.in.HearingView;
import org.openhall.participation.application.port.in.PublicCommentView;
import org.openhall.participation.application.port.in.RegistrationReceipt;
import org.openhall.participation.application.port.in.StaffCommentView;
import org.openhall.participation.application.port.in.StaffHearingView;
import org.openhall.shared.adapter.in.web.WebMapperConfig;

/** The participation views of the use cases as the API shows them. */
@Mapper(config = WebMapperConfig.class)
interface ParticipationResponseMapper {

    ParticipationResponseMapper INSTANCE = Mappers.getMapper(ParticipationResponseMapper.class);

    DraftResponse toResponse(DraftView view);

    DraftSummaryResponse toResponse(DraftSummaryView view);

    PublicCommentResponse toResponse(PublicCommentView view);

    StaffCommentResponse toResponse(StaffCommentView view);

    CommentReceiptResponse toResponse(CommentReceipt receipt);

    AdoptionReportResponse toResponse(AdoptionReportView view);

    ContactResponse toResponse(ContactView view);

    HearingResponse toResponse(HearingView view);

    HearingResponse.MaterialResponse toResponse(HearingView.Material material);

    StaffHearingResponse toResponse(StaffHearingView view);

    StaffHearingResponse.RegistrationResponse toResponse(StaffHearingView.RegistrationView view);

    RegistrationReceiptResponse toResponse(RegistrationReceipt receipt);
}
