package org.openhall.benchmarks.peer;

import java.util.Map;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.openhall.benchmarks.load.Transition;
import org.openhall.benchmarks.support.BenchDatabase;

/**
 * Benchmark 4, the peer: the same case flow — receive, accept, approve, complete — on an embedded
 * Flowable engine with its own schema on the same PostgreSQL server. Everything as a team would
 * start it: the standalone configuration, its own connection pool and the default history level
 * (audit). One transition is starting the process or completing one user task (the task is looked
 * up first, as a task list would), so a case is four transitions.
 */
public final class FlowableCaseFlow implements AutoCloseable {

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;

    public FlowableCaseFlow(BenchDatabase db) {
        this.engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(db.jdbcUrl())
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername(db.user())
                .setJdbcPassword(db.password())
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setAsyncExecutorActivate(false)
                .buildProcessEngine();
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("caseFlow").count() == 0) {
            engine.getRepositoryService().createDeployment().addClasspathResource("bench/case-flow.bpmn20.xml")
                    .name("case flow").deploy();
        }
    }

    /** One client's transitions: start a case, then complete its three tasks in turn, then the next case. */
    public Transition client(int client) {
        return new Transition() {
            private String instance;
            private int step;
            private long cases;

            @Override
            public boolean next() {
                if (instance == null) {
                    instance = runtime.startProcessInstanceByKey("caseFlow", "C" + client + "-" + (++cases),
                            Map.of("itemCode", "SCJG-001", "department", "SCJG", "applicant", "张三")).getId();
                    step = 0;
                    return true;
                }
                try {
                    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
                    tasks.complete(task.getId(), Map.of("actor", "clerk.scjg"));
                } catch (RuntimeException e) {
                    instance = null;
                    throw e;
                }
                if (++step == 3) {
                    instance = null;
                }
                return true;
            }
        };
    }

    /** One whole case, for the footprint: four transitions in a row. */
    public void oneCase(Transition client) throws Exception {
        for (int i = 0; i < 4; i++) {
            client.next();
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
