package org.openhall.notification.adapter.out.sms;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * A real SMPP 3.4 server on loopback acting as the SMS centre (jsmpp's server session API): it binds
 * one account, takes {@code submit_sm}, counts what it received, and on request sends delivery
 * receipts back as {@code deliver_sm}. {@link #holdResponses} makes it keep answers back for a while —
 * the client's timeout then fires although the message was taken (a lost response).
 */
public final class SmscSimulator implements ServerMessageReceiverListener, AutoCloseable {

    public static final String SYSTEM_ID = "openhall";
    public static final String PASSWORD = "secret12";

    /** One submit_sm as received. */
    public record Received(String messageId, String destination, byte[] shortMessage, byte esmClass,
            byte dataCoding, boolean receiptRequested) {

        public boolean concatenated() {
            return (esmClass & 0x40) != 0;
        }

        /** The text of the part, without its UDH. */
        public String text() {
            int skip = concatenated() ? (shortMessage[0] & 0xff) + 1 : 0;
            return new String(shortMessage, skip, shortMessage.length - skip, StandardCharsets.UTF_16BE);
        }
    }

    private final SMPPServerSessionListener listener;
    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final Thread acceptor;
    private volatile long holdResponsesMillis;
    private final java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean running = true;

    public SmscSimulator() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        listener = new SMPPServerSessionListener(port);
        listener.setMessageReceiverListener(this);
        acceptor = new Thread(this::acceptLoop, "smsc-simulator");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return port;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Keeps every submit_sm_resp back for {@code millis} (0: answer at once). */
    public void holdResponses(long millis) {
        holdResponsesMillis = millis;
    }

    /**
     * Stops holding answers and returns once every held one went out: the SMSC answers one session's
     * requests in order, so a held answer would otherwise delay the next test's.
     */
    public void answerHeld() throws InterruptedException {
        holdResponsesMillis = 0;
        synchronized (held) {
            while (held.get() > 0) {
                held.wait(100);
            }
        }
    }

    private void acceptLoop() {
        while (running) {
            try {
                SMPPServerSession session = listener.accept();
                Thread bind = new Thread(() -> bind(session), "smsc-bind");
                bind.setDaemon(true);
                bind.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            if (SYSTEM_ID.equals(request.getSystemId()) && PASSWORD.equals(request.getPassword())) {
                request.accept("smsc-sim");
                sessions.add(session);
            } else {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
        } catch (Exception e) {
            session.unbindAndClose();
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
        String id = Long.toString(ids.incrementAndGet());
        received.add(new Received(id, submitSm.getDestAddress(), submitSm.getShortMessage(), submitSm.getEsmClass(),
                submitSm.getDataCoding(), (submitSm.getRegisteredDelivery() & 0x03) != 0));
        long hold = holdResponsesMillis;
        if (hold > 0) {
            held.incrementAndGet();
            try {
                new CountDownLatch(1).await(hold, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                synchronized (held) {
                    held.decrementAndGet();
                    held.notifyAll();
                }
            }
        }
        try {
            return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
        } catch (org.jsmpp.PDUStringException e) {
            throw new ProcessRequestException("bad id", SMPPConstant.STAT_ESME_RSYSERR);
        }
    }

    /** Sends a delivery receipt for every received message that asked for one; returns how many. */
    public int sendReceipts(boolean delivered) throws Exception {
        List<Received> wanting = new ArrayList<>();
        for (Received r : received) {
            if (r.receiptRequested()) {
                wanting.add(r);
            }
        }
        Date done = Date.from(Instant.parse("2026-03-02T02:00:00Z"));
        for (Received r : wanting) {
            DeliveryReceipt receipt = new DeliveryReceipt(r.messageId(), 1, delivered ? 1 : 0, done, done,
                    delivered ? DeliveryReceiptState.DELIVRD : DeliveryReceiptState.UNDELIV, "000", "");
            sessions.get(sessions.size() - 1).deliverShortMessage("", TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, r.destination(), TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, "10690000",
                    new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0, (byte) 0, new RegisteredDelivery(0), new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
                    receipt.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return wanting.size();
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        for (Received r : received) {
            if (r.messageId().equals(querySm.getMessageId())) {
                return new QuerySmResult("", MessageState.ENROUTE, (byte) 0);
            }
        }
        throw new ProcessRequestException("unknown message", SMPPConstant.STAT_ESME_RINVMSGID);
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
            SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void close() throws IOException {
        running = false;
        for (SMPPServerSession s : sessions) {
            s.unbindAndClose();
        }
        listener.close();
    }
}
