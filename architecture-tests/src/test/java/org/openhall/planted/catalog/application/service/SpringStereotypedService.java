package org.openhall.planted.catalog.application.service;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planted: a use case carrying a Spring stereotype. Its {@code @Transactional} is allowed (the transaction
 * boundary belongs to the use case); {@code @Service} is not (wiring belongs to the composition root).
 */
@Service
public class SpringStereotypedService {

    @Transactional
    public void register() {
    }
}
