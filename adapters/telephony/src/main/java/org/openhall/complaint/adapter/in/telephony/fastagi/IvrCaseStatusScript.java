package org.openhall.complaint.adapter.in.telephony.fastagi;

import java.time.Clock;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.openhall.servicecase.application.port.in.CaseTrackNotFound;
import org.openhall.servicecase.application.port.in.PublicCaseTrackQuery;
import org.openhall.servicecase.application.port.in.PublicCaseTrackView;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.application.CentreProfile;

/**
 * The IVR's case status dialogue (办件进度语音查询): the caller keys the case number and the last
 * four characters of the applicant's identity number (X as *), and hears the case's status and
 * next step. It is public tracking by phone, through the same {@link PublicCaseTrackQuery} and
 * so the same rule: an unknown number and a wrong check sound exactly alike — the same prompts in
 * the same order — so the line cannot be used to find out which case numbers exist.
 *
 * <p>After {@code maxAttempts} misses, or at once when the caller number missed too often lately,
 * the script sets {@value #OUTCOME} to {@code TRANSFER} and returns the call to the dial plan, which
 * puts it through to an operator; a call that heard its answer ends with {@code ANSWERED}.
 */
@PrimaryAdapter
public class IvrCaseStatusScript {

    /** The channel variable the dial plan reads after the AGI returns. */
    static final String OUTCOME = "OPENHALL_IVR_OUTCOME";
    /** The AGI path this script answers: {@code agi://host:port/ivr}. */
    static final String SCRIPT = "ivr";
    private static final int MAX_CASE_NUMBER_KEYS = 24;
    private static final System.Logger LOG = System.getLogger(IvrCaseStatusScript.class.getName());

    private final PublicCaseTrackQuery tracking;
    private final FastAgiProperties properties;
    private final CentreProfile centre;
    private final CallerMisses misses;

    public IvrCaseStatusScript(PublicCaseTrackQuery tracking, FastAgiProperties properties, CentreProfile centre,
            Clock clock) {
        this.tracking = tracking;
        this.properties = properties;
        this.centre = centre;
        this.misses = new CallerMisses(properties.callerMaxMisses(), properties.callerMissWindow(), clock);
    }

    /** Runs the dialogue on a call that entered the AGI. */
    void run(AgiRequest request, AgiChannel channel) {
        if (!SCRIPT.equals(request.script())) {
            LOG.log(System.Logger.Level.WARNING,
                    "FastAGI call {0} asked for unknown script ''{1}''; putting it through to an operator",
                    request.uniqueId(), request.script());
            channel.setVariable(OUTCOME, "TRANSFER");
            return;
        }
        channel.answer();
        String caller = request.callerId();
        if (misses.blocked(caller)) {
            transfer(channel);
            return;
        }
        channel.streamFile(IvrPrompts.WELCOME);
        long timeout = properties.digitTimeout().toMillis();
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            Optional<String> number = channel.getData(IvrPrompts.ENTER_CASE_NUMBER, timeout, MAX_CASE_NUMBER_KEYS)
                    .flatMap(keys -> KeyedCaseNumber.caseNumber(keys, properties.caseNumberGroups()));
            // The check is asked for even when the number is not a case number: a miss must sound the same.
            String check = KeyedCaseNumber.check(channel.getData(IvrPrompts.ENTER_ID_LAST4, timeout, 4).orElse(""));
            Optional<PublicCaseTrackView> found = number.flatMap(n -> track(n, check));
            if (found.isPresent()) {
                tell(found.get(), channel);
                return;
            }
            misses.record(caller);
            if (attempt < properties.maxAttempts()) {
                channel.streamFile(IvrPrompts.NOT_FOUND);
            }
        }
        transfer(channel);
    }

    private Optional<PublicCaseTrackView> track(String number, String check) {
        try {
            return Optional.of(tracking.track(number, check));
        } catch (CaseTrackNotFound notFound) {
            return Optional.empty();
        }
    }

    private void tell(PublicCaseTrackView c, AgiChannel channel) {
        channel.streamFile(IvrPrompts.statusOf(c.status()));
        if (c.status() == CaseStatus.ACCEPTED && c.promisedDue() != null) {
            channel.streamFile(IvrPrompts.PROMISED_BY);
            channel.sayDate(c.promisedDue().atStartOfDay(centre.zone()).toEpochSecond());
        }
        channel.streamFile(IvrPrompts.nextStepOf(c.status()));
        channel.streamFile(IvrPrompts.GOODBYE);
        channel.setVariable(OUTCOME, "ANSWERED");
    }

    private static void transfer(AgiChannel channel) {
        channel.streamFile(IvrPrompts.TRANSFER);
        channel.setVariable(OUTCOME, "TRANSFER");
    }
}
