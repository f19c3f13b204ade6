package org.openhall.shared.adapter.out.persistence;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The one configuration every row mapper of the persistence adapter shares: mappers are Spring
 * beans, and a column or component left unmapped fails the build instead of silently storing or
 * restoring nothing.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface PersistenceMapperConfig {
}
