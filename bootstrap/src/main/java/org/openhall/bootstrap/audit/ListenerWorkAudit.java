package org.openhall.bootstrap.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Set;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.openhall.complaint.application.service.RatableServiceRegistrar;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.supervision.application.service.PublicationLatenessProjector;
import org.openhall.supervision.application.service.TicketLatenessProjector;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMethodMatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.util.ClassUtils;

/**
 * Records in the audit trail the work of the event listeners whose changes a supervisor follows
 * (监听器留痕): a listener runs after the request that caused it, so the request's record does not
 * cover what it changed. Each handled event is one record through {@link ScheduledJobAudit#record},
 * with the listener as the actor ({@code system:<class>}), {@code EVENT <class>.<method>(<event>)} as
 * the action, the event's subject as the object and whether the listener succeeded.
 *
 * <p>Which listeners, and why (docs/security.md, "Audit trail"):
 * <ul>
 * <li>{@link RatableServiceRegistrar}: makes a case or ticket ratable and issues its rating invitation;
 * <li>{@link PublicationLatenessProjector}: raises the warnings of disclosure entries published late;
 * <li>{@link TicketLatenessProjector}: raises the cards of late tickets.
 * </ul>
 * Not recorded: SMS notices (each is a row of its own with its delivery attempts), the relay to
 * the regional supervision system (its feed log keeps every event sent; it retries often, and a
 * record per attempt would bury the changes in the trail), and the supervision projection of the case
 * events ({@code CaseEventProjector}): it runs in the transaction of the request that changed the case,
 * whose own audit record covers what it changed.
 *
 * <p>The advice wraps the listener's transaction, so a record says what happened to it: {@code success}
 * once committed, else the error (the registry will deliver the event again, and that attempt is
 * recorded in its turn).
 */
@Configuration(proxyBeanMethods = false)
public class ListenerWorkAudit {

    /** The listeners whose work is recorded. */
    static final Set<Class<?>> AUDITED = Set.of(RatableServiceRegistrar.class,
            PublicationLatenessProjector.class, TicketLatenessProjector.class);

    /**
     * The advice on every {@link ApplicationModuleListener} method of the audited listeners. An
     * infrastructure bean, so that the proxy creator the transactions use applies it too; static, so that
     * it exists before the listeners are created.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor listenerWorkAuditAdvisor(ObjectProvider<ScheduledJobAudit> audit) {
        ClassFilter audited = type -> AUDITED.stream().anyMatch(listener -> listener.isAssignableFrom(type));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new ComposablePointcut(audited, new AnnotationMethodMatcher(ApplicationModuleListener.class, true)),
                new Recorder(audit));
        // Outside the listener's own transaction: the record follows the commit or the rollback.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Records one listener call after it returned or threw. */
    static final class Recorder implements MethodInterceptor {

        private final ObjectProvider<ScheduledJobAudit> audit;

        Recorder(ObjectProvider<ScheduledJobAudit> audit) {
            this.audit = audit;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Object event = invocation.getArguments().length == 1 ? invocation.getArguments()[0] : null;
            Method method = invocation.getMethod();
            String listener = ClassUtils.getUserClass(method.getDeclaringClass()).getSimpleName();
            String action = "EVENT " + listener + "." + method.getName() + "("
                    + (event == null ? "" : event.getClass().getSimpleName()) + ")";
            Object result;
            try {
                result = invocation.proceed();
            } catch (Throwable failure) {
                audit.getObject().record(ScheduledJobAudit.SYSTEM + listener, action, subjectOf(event), failure);
                throw failure;
            }
            audit.getObject().record(ScheduledJobAudit.SYSTEM + listener, action, subjectOf(event), null);
            return result;
        }
    }

    /**
     * What an event is about, as {@code name=value}: a case event names its case and the transition's
     * sequence, any other event its first component, which is always its subject's id ({@code ticketId},
     * {@code entryId} …). Events carry no personal data, so nothing is left to leak here.
     */
    static String subjectOf(Object event) {
        if (event instanceof CaseEvent e) {
            return "case=" + e.caseId() + ",sequence=" + e.sequence();
        }
        if (event != null && event.getClass().isRecord() && event.getClass().getRecordComponents().length > 0) {
            RecordComponent first = event.getClass().getRecordComponents()[0];
            try {
                return first.getName() + "=" + first.getAccessor().invoke(event);
            } catch (ReflectiveOperationException unreadable) {
                return "";
            }
        }
        return "";
    }
}
