package org.openhall.complaint.adapter.in.web.rating;

import jakarta.validation.Valid;

import org.openhall.complaint.application.port.in.RateServiceUseCase;
import org.openhall.complaint.application.port.in.RateWithCodeCommand;
import org.openhall.complaint.application.port.in.RatingView;
import org.openhall.complaint.domain.rating.RatingChannel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 好差评 for the public: the applicant rates a case or ticket with the rating code sent to their phone. */
@RestController
@SecurityRequirements
@Tag(name = "Ratings (public)", description = "Rating a service with a rating code")
public class PublicRatingController {

    private final RateServiceUseCase rate;

    public PublicRatingController(RateServiceUseCase rate) {
        this.rate = rate;
    }

    @PostMapping("/api/v1/public/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rates the service the code was issued for (5 非常满意 … 1 非常不满意)",
            description = "The phone is the whole number or its last four digits. A second rating on the same "
                    + "channel is 409 rating.already-given; an unknown code 404, an expired one 409, a wrong "
                    + "phone 403.")
    public RatingView rate(@Valid @RequestBody PublicRatingRequest request) {
        RatingChannel channel = request.channel() == null ? RatingChannel.PORTAL : request.channel();
        return rate.rateWithCode(new RateWithCodeCommand(request.code(), request.phone(), channel, request.level(),
                request.comment()));
    }
}
