package org.openhall.planted.catalog.adapter.in.web;

import java.util.List;

import org.openhall.planted.catalog.application.service.PlantedCatalogService;

/** Planted: a controller calling the service class instead of its primary port. */
public class ServiceCallingController {

    private final PlantedCatalogService service;

    public ServiceCallingController(PlantedCatalogService service) {
        this.service = service;
    }

    public List<String> list() {
        return service.names();
    }
}
