package org.openhall.servicecase.adapter.in.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openhall.servicecase.domain.SubmissionChannel;

/**
 * 收件: an application for an item, with the codes of the materials handed in at the window.
 *
 * @param materials the item's material codes the applicant brought; may be empty — what is missing
 *                  is then listed by the one-time notice
 * @param window    the window (窗口) receiving it, optional; the case then belongs to that window's work
 * @param channel   WINDOW (the default), AGENT (a village agent, 代办: {@code agent} required) or ONLINE (from
 *                  an online pre-application, {@code preApplicationReference} optional)
 */
public record SubmitCaseRequest(@NotBlank @Size(max = 64) String itemCode, @NotNull @Valid ApplicantRequest applicant,
        @Size(max = 100) List<@NotBlank String> materials, @Size(max = 32) String window, SubmissionChannel channel,
        @Valid AgentRequest agent, @Size(max = 64) String preApplicationReference) {

    /** 代办: the village agent who handed the application in, and the station's code. */
    public record AgentRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 18) String idNumber,
            @NotBlank @Size(max = 20) String phone, @NotBlank @Size(max = 32) String stationCode) {

        @Override
        public String toString() {
            return "AgentRequest[…]";
        }
    }

    public SubmitCaseRequest {
        materials = materials == null ? List.of() : materials;
    }
}
