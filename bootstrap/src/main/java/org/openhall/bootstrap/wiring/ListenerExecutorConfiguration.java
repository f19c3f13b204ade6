package org.openhall.bootstrap.wiring;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where the event listeners run (事件监听执行器): a few threads taking listener calls from a queue
 * ({@code spring.task.execution.pool.*}), instead of a new virtual thread per call.
 *
 * <p>Why: every listener call needs database connections (the publication registry marks it
 * processing and completed, the listener does its work), and the pool has five. With a thread per
 * call, a burst of case transitions started hundreds of listener calls at once; they took the
 * connections the clerks' requests were waiting for, and at 16 clients requests waited out the pool's
 * 30-second timeout (measured for the benchmarks). A queue cannot lose a call for good: each one is a
 * stored publication, resubmitted after a crash. A bounded thread count that blocks the submitter
 * instead would deadlock as soon as listeners that publish events (a warning raised by the
 * supervision projection) fill every slot. Few threads also keep one case's events mostly in order,
 * which the supervision feed needs.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutorConfiguration {

    @Bean(name = { "applicationTaskExecutor", "taskExecutor" })
    ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.build();
    }
}
