package org.openhall.notification.adapter.out.sms;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.SubmitSmResult;
import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;
import org.openhall.notification.application.port.out.SmsPort;

/**
 * An SMS centre over SMPP 3.4 (jsmpp): one transceiver bind (bind_transceiver), re-bound when lost;
 * {@code submit_sm} in UCS-2 (data_coding 8) for Chinese, longer texts as UDH-concatenated segments
 * (esm_class UDHI), a delivery receipt requested on the first segment; receipts arrive as
 * {@code deliver_sm} and go to {@link SmppDeliveryReceipts}.
 *
 * <p>What is known after a submit: bind failed or the SMSC throttled (ESME_RTHROTTLED, ESME_RMSGQFUL) —
 * not sent; another negative response — refused; no response in time or the connection broke mid-way —
 * unknown. SMPP cannot look a message up without the SMSC's message id, which an unanswered submit never
 * got: such a notice goes to review unless its delivery receipt settles it.
 */
@SecondaryAdapter
public class SmppSmsAdapter implements SmsPort, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SmppSmsAdapter.class.getName());

    private final SmppProperties properties;
    private final MessageReceiverListener receipts;
    private final AtomicInteger reference = new AtomicInteger();
    private SMPPSession session;

    /** {@code receipts} takes what the SMSC sends on the bind (delivery receipts), see {@link SmppDeliveryReceipts}. */
    public SmppSmsAdapter(SmppProperties properties, MessageReceiverListener receipts) {
        this.properties = properties;
        this.receipts = receipts;
    }

    @Override
    public synchronized SendOutcome send(OutgoingSms sms) {
        SMPPSession bound;
        try {
            bound = session();
        } catch (IOException e) {
            return new SendOutcome.NotSent("SMSC unreachable: " + e.getMessage());
        }
        List<byte[]> parts = Ucs2Segments.of(sms.text(), reference.incrementAndGet() & 0xff);
        String firstId = null;
        for (int i = 0; i < parts.size(); i++) {
            ESMClass esm = parts.size() == 1 ? new ESMClass()
                    : new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
            RegisteredDelivery receipt = new RegisteredDelivery(
                    i == 0 ? SMSCDeliveryReceipt.SUCCESS_FAILURE : SMSCDeliveryReceipt.DEFAULT);
            try {
                SubmitSmResult result = bound.submitShortMessage("", TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN, properties.sourceAddress(), TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.ISDN, sms.mobile(), esm, (byte) 0, (byte) 1, null, null, receipt,
                        (byte) 0, new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, parts.get(i));
                if (i == 0) {
                    firstId = result.getMessageId();
                }
            } catch (NegativeResponseException e) {
                if (i > 0) {
                    return new SendOutcome.Unknown("segment " + (i + 1) + " refused after earlier segments left");
                }
                int status = e.getCommandStatus();
                if (status == SMPPConstant.STAT_ESME_RTHROTTLED || status == SMPPConstant.STAT_ESME_RMSGQFUL) {
                    return new SendOutcome.NotSent("SMSC busy (status 0x" + Integer.toHexString(status) + ")");
                }
                return new SendOutcome.Rejected("SMSC refused (status 0x" + Integer.toHexString(status) + ")");
            } catch (ResponseTimeoutException e) {
                return new SendOutcome.Unknown("no submit_sm_resp within " + properties.timeout());
            } catch (IOException | PDUException | InvalidResponseException e) {
                drop();
                return new SendOutcome.Unknown("submit interrupted: " + e.getClass().getSimpleName());
            }
        }
        return new SendOutcome.Accepted(firstId);
    }

    @Override
    public synchronized Reconciliation query(String idempotencyKey, String messageId) {
        if (messageId == null) {
            return new Reconciliation.Unsupported("SMPP finds a message only by the SMSC's message id, never received");
        }
        try {
            QuerySmResult r = session().queryShortMessage(messageId, TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, properties.sourceAddress());
            MessageState state = r.getMessageState();
            Boolean delivered = state == MessageState.DELIVERED ? Boolean.TRUE
                    : state == MessageState.UNDELIVERABLE || state == MessageState.REJECTED
                            || state == MessageState.EXPIRED || state == MessageState.DELETED ? Boolean.FALSE : null;
            return new Reconciliation.Received(messageId, delivered);
        } catch (NegativeResponseException e) {
            return new Reconciliation.Inconclusive("query_sm refused (status 0x" + Integer.toHexString(e.getCommandStatus()) + ")");
        } catch (IOException | PDUException | ResponseTimeoutException | InvalidResponseException e) {
            return new Reconciliation.Inconclusive("query_sm failed: " + e.getClass().getSimpleName());
        }
    }

    private SMPPSession session() throws IOException {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        drop();
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(properties.timeout().toMillis());
        fresh.setEnquireLinkTimer(30_000);
        fresh.setMessageReceiverListener(receipts);
        fresh.connectAndBind(properties.host(), properties.port(), new BindParameter(BindType.BIND_TRX,
                properties.systemId(), properties.password(), properties.systemType(), TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, null), properties.timeout().toMillis());
        session = fresh;
        return fresh;
    }

    private void drop() {
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }

    @Override
    public synchronized void close() {
        drop();
    }
}
