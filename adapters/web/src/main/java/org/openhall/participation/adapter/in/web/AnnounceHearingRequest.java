package org.openhall.participation.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 听证公告: a hearing on the draft, announced today. Whether the days keep the county's notice periods
 * is the domain's to decide.
 *
 * @param seats                the number of representatives to select
 * @param selectionMethod      how they are selected among those who register (遴选办法)
 * @param registrationClosesOn the last day registrations are taken
 */
public record AnnounceHearingRequest(@NotBlank @Size(max = 200) String subject, @NotNull LocalDate heldOn,
        @NotBlank @Size(max = 500) String place, @NotNull Integer seats,
        @NotBlank @Size(max = 5000) String selectionMethod, @NotNull LocalDate registrationClosesOn) {
}
