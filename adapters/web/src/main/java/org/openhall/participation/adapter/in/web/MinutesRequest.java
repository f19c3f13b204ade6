package org.openhall.participation.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 听证笔录: the minutes of the hearing as the participants confirmed them. */
public record MinutesRequest(@NotBlank @Size(max = 200_000) String text) {
}
