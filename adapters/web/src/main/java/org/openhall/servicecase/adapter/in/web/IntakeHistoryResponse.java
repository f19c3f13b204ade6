package org.openhall.servicecase.adapter.in.web;

import java.util.List;

import org.openhall.servicecase.application.port.in.IntakeStepView;

/** The record (留痕) of a consultation or a pre-application: every step, oldest first. */
public record IntakeHistoryResponse(String id, List<IntakeStepView> steps) {
}
