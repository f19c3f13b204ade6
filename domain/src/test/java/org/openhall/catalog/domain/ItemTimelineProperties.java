package org.openhall.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openhall.shared.domain.DomainProblem;

/**
 * Whatever administrators do to an item, in whatever order and on whatever days: at most one
 * version is in force on any day, and no change alters the version that was in force on a day
 * already past.
 */
class ItemTimelineProperties {

    private static final LocalDate START = LocalDate.parse("2026-01-05");
    private static final int HORIZON = 200;

    /** One administrator action: what, how many days after "today" it takes effect, and how far today moves on afterwards. */
    record Step(int action, int effectiveAfter, int daysPassing) {
    }

    @Provide
    Arbitrary<List<Step>> plans() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(-2, 20), Arbitraries.integers().between(0, 15)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property
    void atMostOneVersionIsInForceOnAnyDayAndThePastNeverChanges(@ForAll("plans") List<Step> plan) {
        ItemContent content = ApprovalItems.foodBusinessLicenceContent();
        List<ApprovalItem> stored = new ArrayList<>();
        LocalDate today = START;
        for (Step step : plan) {
            ItemTimeline timeline = ItemTimeline.of(ApprovalItems.FOOD_BUSINESS_LICENCE, stored);
            Map<LocalDate, Integer> before = inForce(timeline);
            LocalDate from = today.plusDays(step.effectiveAfter());
            try {
                ItemTimeline.Revision r = switch (step.action()) {
                    case 0 -> timeline.publish(content, from, today);
                    case 1 -> timeline.suspend(from, "整改", today);
                    case 2 -> timeline.resume(from, null, today);
                    default -> timeline.abolish(from, "取消", today);
                };
                stored.add(r.added());
            } catch (DomainProblem refused) {
                // A refused change must leave everything as it was.
            }
            Map<LocalDate, Integer> after = inForce(ItemTimeline.of(ApprovalItems.FOOD_BUSINESS_LICENCE, stored));
            for (LocalDate day = START; day.isBefore(today); day = day.plusDays(1)) {
                // Only an item's first version may be dated back, into days when nothing was in force.
                if (before.get(day) != null) {
                    assertThat(after.get(day)).as("version in force on past day %s", day).isEqualTo(before.get(day));
                }
            }
            today = today.plusDays(step.daysPassing());
        }
    }

    /** Day → version in force, failing if two versions claim the same day. */
    private static Map<LocalDate, Integer> inForce(ItemTimeline timeline) {
        Map<LocalDate, Integer> byDay = new HashMap<>();
        for (int i = 0; i < HORIZON; i++) {
            LocalDate day = START.plusDays(i);
            List<Integer> claiming = timeline.versions().stream().filter(v -> v.inForceOn(day))
                    .map(ApprovalItem::version).toList();
            assertThat(claiming).as("versions in force on %s", day).hasSizeLessThanOrEqualTo(1);
            Optional<Integer> single = claiming.stream().findFirst();
            byDay.put(day, single.orElse(null));
        }
        return byDay;
    }
}
