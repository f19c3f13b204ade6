package org.openhall.servicecase.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 预约: the working day, the time slot ({@code 09:00-10:00}) and the window the applicant is invited to. */
public record InvitationRequest(@NotNull LocalDate date, @NotBlank @Size(max = 11) String timeSlot,
        @NotBlank @Size(max = 32) String window) {
}
