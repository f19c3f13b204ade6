package org.openhall.participation.adapter.in.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 遴选听证代表: the ids of the registrations chosen, in the order the list is to be published. */
public record SelectRepresentativesRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> registrationIds) {
}
