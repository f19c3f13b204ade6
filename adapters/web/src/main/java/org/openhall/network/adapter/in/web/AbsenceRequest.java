package org.openhall.network.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 请假/外出: a staff member is away from {@code from} to {@code to}, both days included.
 */
public record AbsenceRequest(@NotNull LocalDate from, @NotNull LocalDate to, @NotBlank @Size(max = 500) String reason) {
}
