package org.openhall.complaint.adapter.in.web.rating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The handling department's reply to a rectification: what it found and did. */
public record ReplyRequest(@NotBlank @Size(max = 4000) String reply) {
}
