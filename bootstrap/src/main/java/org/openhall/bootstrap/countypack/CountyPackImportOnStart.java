package org.openhall.bootstrap.countypack;

import org.openhall.bootstrap.audit.ScheduledJobAudit;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.network.application.port.in.ApplyNetworkUseCase;
import org.openhall.shared.application.port.in.CountyParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Imports the configured county pack ({@code openhall.county-pack}) on the first start of an
 * empty installation, through the same validated import as {@code pack import}: an invalid pack
 * stops the start with every error. Later starts import nothing, so that a restart never undoes
 * what administrators changed; a changed pack is imported with {@code pack import}.
 *
 * <p>An empty installation adopts the catalog as it stands: its items are in force
 * {@linkplain ApprovalItem#SINCE_EVER since ever}, since no earlier version exists that they
 * replace and a case may be entered with an earlier date of receipt.
 *
 * <p>The import is recorded in the audit trail as {@code system:county-pack}; a pack refused by
 * validation is recorded too (with {@code error:CountyPackInvalid}), since it is why the start failed.
 */
@Component
@ConditionalOnProperty(name = "openhall.county-pack.import-on-start", havingValue = "true", matchIfMissing = true)
class CountyPackImportOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CountyPackImportOnStart.class);

    private final String location;
    private final CountyPackImporter importer;
    private final CountyParameters parameters;
    private final ApplyNetworkUseCase network;
    private final ScheduledJobAudit audit;

    CountyPackImportOnStart(@Value("${openhall.county-pack:classpath:county-packs/heshan}") String location,
            CountyPackImporter importer, CountyParameters parameters, ApplyNetworkUseCase network,
            ScheduledJobAudit audit) {
        this.location = location;
        this.importer = importer;
        this.parameters = parameters;
        this.network = network;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (parameters.get(CentreParameters.NAME).isPresent() || !network.current().halls().isEmpty()) {
            log.info("County pack not imported on start: the installation already holds one (use `pack import` "
                    + "to apply a changed pack)");
            return;
        }
        ValidatedPack pack;
        try {
            pack = new CountyPackLoader().load(location).orThrow();
        } catch (CountyPackInvalid invalid) {
            audit.record(CountyPackImporter.SYSTEM_ACTOR, CountyPackImporter.AUDIT_ACTION, "pack=" + location, invalid);
            throw invalid;
        }
        ImportReport report = importer.importPack(CountyPackImporter.SYSTEM_ACTOR, pack, ApprovalItem.SINCE_EVER,
                ImportProgress.NONE);
        log.info("County pack {} imported on first start: {} things added", location, report.differences().size());
    }
}
