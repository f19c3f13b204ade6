package org.openhall.planted.catalog.domain;

import org.springframework.stereotype.Component;

/** Planted: a domain class that knows Spring. */
@Component
public class SpringAwareItem {
}
