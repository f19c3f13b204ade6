package org.openhall.participation.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 公开征求意见: a draft decision to publish for comment. The rules on the period (at least 30 days,
 * or a reason) are the domain's.
 *
 * @param opensOn             the first day comments are taken; today when left out
 * @param periodDays          the comment period in calendar days
 * @param shorterPeriodReason required when the period is shorter than 30 days, and then shown to the public
 */
public record PublishDraftRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String summary,
        @NotBlank @Size(max = 200_000) String fullText, @NotBlank @Size(max = 200_000) String explanation,
        LocalDate opensOn, @NotNull Integer periodDays, @Size(max = 2000) String shorterPeriodReason) {
}
