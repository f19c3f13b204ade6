package org.openhall.participation.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 公布决策: the decision's final text. */
public record DecisionRequest(@NotBlank @Size(max = 200_000) String text) {
}
