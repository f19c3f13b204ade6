package org.openhall.benchmarks.openhall;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openhall.OpenHallApplication;
import org.openhall.benchmarks.load.ApplicantPhones;
import org.openhall.benchmarks.load.CaseFlow;
import org.openhall.benchmarks.support.BenchDatabase;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.application.port.in.AcceptCaseCommand;
import org.openhall.servicecase.application.port.in.AcceptCaseUseCase;
import org.openhall.servicecase.application.port.in.CompleteCaseCommand;
import org.openhall.servicecase.application.port.in.CompleteCaseStepCommand;
import org.openhall.servicecase.application.port.in.CompleteCaseStepUseCase;
import org.openhall.servicecase.application.port.in.CompleteCaseUseCase;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.in.SubmitApplicationUseCase;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark 3: the same case transitions as over HTTP, called on the application layer's use cases
 * of the real OpenHall application context (services, Spring Data JDBC persistence adapter, event
 * publication registry, PostgreSQL); no request goes through HTTP. The actor is the clerk the HTTP
 * benchmark signs in as.
 */
public final class InProcessCaseFlow implements CaseFlow {

    private static final Actor CLERK = new Actor("clerk.scjg", Set.of(Role.CLERK), new DepartmentCode("SCJG"), "李明");
    private static final Actor APPROVER = new Actor("approver.scjg", Set.of(Role.DEPARTMENT_APPROVER),
            new DepartmentCode("SCJG"), "审批人");
    /** SCJG-001 in the Heshan pack: 受理 and 制证 at the window, 审查, 现场核查 and 决定 in the department. */
    private static final Actor[] STEP_HANDLERS = {CLERK, APPROVER, APPROVER, APPROVER, CLERK};
    private static final Set<String> MATERIALS = Set.of("APP", "LICENCE", "LAYOUT", "RULES");

    private final ConfigurableApplicationContext context;
    private final SubmitApplicationUseCase submit;
    private final AcceptCaseUseCase accept;
    private final CompleteCaseUseCase complete;
    private final CompleteCaseStepUseCase completeStep;
    private final double startupSeconds;

    public InProcessCaseFlow(BenchDatabase db) {
        long t0 = System.nanoTime();
        SpringApplication app = new SpringApplication(OpenHallApplication.class);
        // The web adapter's security configuration needs the servlet stack, so the context keeps its
        // web server, on a port nobody calls; the transitions go to the use cases directly.
        // A throwaway benchmark database: its personal data may be sealed with the public demo keys.
        app.setDefaultProperties(Map.of("server.port", "0", "spring.datasource.url", db.jdbcUrl(), "spring.datasource.username",
                db.user(), "spring.datasource.password", db.password(), "openhall.personal-data.allow-demo-keys", "true"));
        this.context = app.run();
        this.startupSeconds = (System.nanoTime() - t0) / 1e9;
        this.submit = context.getBean(SubmitApplicationUseCase.class);
        this.accept = context.getBean(AcceptCaseUseCase.class);
        this.complete = context.getBean(CompleteCaseUseCase.class);
        this.completeStep = context.getBean(CompleteCaseStepUseCase.class);
    }

    public double startupSeconds() {
        return startupSeconds;
    }

    @Override
    public String submit() {
        Applicant applicant = new Applicant(new PersonName("张三"), new ResidentIdNumber("11010519491231002X"),
                new PhoneNumber(ApplicantPhones.next()));
        return submit.submit(new SubmitApplicationCommand(CLERK, new ApprovalItemCode("SCJG-001"), applicant,
                MATERIALS)).id().toString();
    }

    /** Acceptance, the five procedure steps, the decision. */
    @Override
    public int transitions() {
        return 2 + STEP_HANDLERS.length;
    }

    @Override
    public void transition(String caseId, int index) {
        ServiceCaseId id = new ServiceCaseId(UUID.fromString(caseId));
        if (index == 0) {
            accept.accept(new AcceptCaseCommand(CLERK, id));
        } else if (index <= STEP_HANDLERS.length) {
            completeStep.completeStep(new CompleteCaseStepCommand(STEP_HANDLERS[index - 1], id, index, "同意"));
        } else {
            complete.complete(new CompleteCaseCommand(APPROVER, id, "准予许可"));
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
