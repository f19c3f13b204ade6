package org.openhall.servicecase.adapter.in.web.track;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openhall.servicecase.application.port.in.CaseTrackNotFound;
import org.openhall.shared.adapter.in.web.WebMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The public tracking page (办件进度查询), in Chinese: a form for the case number and the four
 * characters, and the result. {@code /track/{number}} — what the QR code on every notice encodes —
 * opens the form with the number filled in. The form is sent by POST so that the second factor
 * stays out of addresses, browser histories and access logs.
 */
@Controller
@Hidden
public class PublicCaseTrackPageController {

    static final String VIEW = "servicecase/track";

    private final ThrottledCaseTracking tracking;
    private final WebMessages messages;

    public PublicCaseTrackPageController(ThrottledCaseTracking tracking, WebMessages messages) {
        this.tracking = tracking;
        this.messages = messages;
    }

    @GetMapping(value = "/track", produces = "text/html")
    public String form(Model model, HttpServletResponse response) {
        return form("", model, response);
    }

    @GetMapping(value = "/track/{number}", produces = "text/html")
    public String form(@PathVariable String number, Model model, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("number", number);
        return VIEW;
    }

    @PostMapping(value = "/track", produces = "text/html")
    public String track(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String check,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("number", number);
        try {
            model.addAttribute("result", PublicCaseTrackPage.of(
                    tracking.track(request.getRemoteAddr(), number, check), messages));
        } catch (CaseTrackNotFound notFound) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("error", "未查询到办件：请核对办件编号，以及申请人身份证号码或联系电话的后四位。");
        } catch (TrackingThrottled throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            model.addAttribute("error", "查询失败次数过多，请" + ((throttled.retryAfterSeconds() + 59) / 60) + "分钟后再试。");
        }
        return VIEW;
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
