package org.openhall.servicecase.adapter.in.web;

import jakarta.validation.constraints.Size;

/** 办结: an optional note for the case's record. */
public record CompleteCaseRequest(@Size(max = 2000) String note) {
}
