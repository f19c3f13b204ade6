package org.openhall.catalog.adapter.in.web;

import org.openhall.catalog.application.port.in.ServiceGuideQuery;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The service guide (办事指南) as a printable page in Chinese, with all eight public elements: what
 * the centre hangs at the window and hands to applicants. Public.
 */
@Controller
@Hidden
public class ServiceGuidePageController {

    private final ServiceGuideQuery guides;

    public ServiceGuidePageController(ServiceGuideQuery guides) {
        this.guides = guides;
    }

    @GetMapping(value = "/guide/items/{code}", produces = "text/html")
    public String guide(@PathVariable String code, Model model) {
        model.addAttribute("guide", ServiceGuidePage.of(guides.guide(new ApprovalItemCode(code))));
        return "catalog/service-guide";
    }
}
