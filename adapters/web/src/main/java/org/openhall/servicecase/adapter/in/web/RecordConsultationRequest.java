package org.openhall.servicecase.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openhall.servicecase.domain.consultation.ConsultationChannel;

/**
 * 咨询登记: how the enquirer came, who they are, what they asked and, optionally, the item asked about.
 */
public record RecordConsultationRequest(@NotNull ConsultationChannel channel, @NotNull @Valid EnquirerRequest enquirer,
        @NotBlank @Size(max = 2000) String question, @Size(max = 64) String itemCode) {
}
