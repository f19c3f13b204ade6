package org.openhall.participation.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 提出意见: a comment from the public. The name is shown masked (张*); the phone, if given, is never
 * shown to the public. The formats are checked by the domain's value objects.
 *
 * @param phone optional: how the drafting department may reach the commenter
 */
public record CommentRequest(@NotBlank @Size(max = 64) String name, @Size(max = 20) String phone,
        @NotBlank @Size(max = 10_000) String text) {

    @Override
    public String toString() {
        // Personal data stays out of logs, whatever logs a request.
        return "CommentRequest[…]";
    }
}
