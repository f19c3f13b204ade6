package org.openhall.servicecase.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.openhall.servicecase.application.port.in.DeadlineKind;
import org.openhall.shared.adapter.in.web.WebMessages;
import org.openhall.shared.domain.time.DayVerdict;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.openhall.shared.domain.time.ExplainedDay;

/** Sums up a deadline explanation: how many days of each verdict, and a sentence a clerk can read out. */
final class DeadlineSummaries {

    private final WebMessages messages;

    DeadlineSummaries(WebMessages messages) {
        this.messages = messages;
    }

    DeadlineSummaryResponse summarize(DeadlineKind kind, DeadlineExplanation explanation, Locale locale) {
        int counted = count(explanation, DayVerdict.COUNTED);
        int weekends = count(explanation, DayVerdict.WEEKEND);
        int holidays = count(explanation, DayVerdict.PUBLIC_HOLIDAY);
        int paused = count(explanation, DayVerdict.PAUSED);
        int makeUp = (int) explanation.days().stream().filter(ExplainedDay::makeUpWorkday).count();

        Map<String, Object> args = new LinkedHashMap<>();
        args.put("day0", explanation.day0());
        args.put("kind", messages.get("deadline.kind." + kind.name(), Map.of(), locale, kind.name()));
        args.put("limit", messages.get("deadline.unit." + explanation.limit().unit().name(),
                Map.of("amount", explanation.limit().amount()), locale,
                explanation.limit().amount() + " " + explanation.limit().unit()));
        args.put("extensionDays", explanation.extensionDays());
        args.put("dueDate", explanation.deadline().dueDate());
        args.put("counted", counted);
        args.put("weekends", weekends);
        args.put("holidays", holidays);
        args.put("paused", paused);
        args.put("makeUp", makeUp);
        StringBuilder text = new StringBuilder(messages.get("deadline.summary", args, locale, ""));
        if (explanation.deadline().provisional()) {
            Map<String, Object> reason = Map.of("reason", String.valueOf(explanation.deadline().provisionalReason()));
            text.append(messages.get("deadline.summary.provisional", reason, locale, ""));
        }
        return new DeadlineSummaryResponse(counted, weekends, holidays, paused, makeUp, text.toString());
    }

    private static int count(DeadlineExplanation explanation, DayVerdict verdict) {
        return (int) explanation.days().stream().filter(day -> day.verdict() == verdict).count();
    }
}
