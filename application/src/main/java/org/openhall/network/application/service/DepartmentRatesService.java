package org.openhall.network.application.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.application.port.in.ApprovalItemView;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.application.port.in.DepartmentRates;
import org.openhall.network.application.port.in.DepartmentRatesQuery;
import org.openhall.network.application.port.out.DepartmentRepository;
import org.openhall.network.application.port.out.ServiceHallRepository;
import org.openhall.network.application.port.out.ServiceWindowRepository;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.HandledItem;
import org.openhall.network.domain.ServiceHall;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.transaction.annotation.Transactional;

/**
 * The window authorization rate (窗口授权率) and the "three concentrations" rate (三集中) per
 * department, from the city centre's windows and the catalog as published today.
 *
 * <p>Authorization: the distinct items of the department's own windows in the city centre are
 * "stationed"; an item counts as decided at the window when one of those windows decides it on
 * the spot. Three concentrations: of the department's published approval items (administrative
 * licences and non-licence approvals), those that some window of the city centre handles, be it
 * the department's own or a general window.
 */
@Application
public class DepartmentRatesService implements DepartmentRatesQuery {

    private final DepartmentRepository departments;
    private final ServiceHallRepository halls;
    private final ServiceWindowRepository windows;
    private final ApprovalItemQuery catalog;

    public DepartmentRatesService(DepartmentRepository departments, ServiceHallRepository halls,
            ServiceWindowRepository windows, ApprovalItemQuery catalog) {
        this.departments = departments;
        this.halls = halls;
        this.windows = windows;
        this.catalog = catalog;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DepartmentRates> rates() {
        Set<HallCode> cityCentre = new HashSet<>();
        for (ServiceHall hall : halls.findAll()) {
            if (hall.level() == AdministrativeLevel.CITY) {
                cityCentre.add(hall.code());
            }
        }
        List<ServiceWindow> centreWindows = windows.findAll().stream()
                .filter(w -> cityCentre.contains(w.hall())).toList();
        Set<String> handledInCentre = new HashSet<>();
        centreWindows.forEach(w -> w.items().forEach(i -> handledInCentre.add(i.item().value())));
        List<ApprovalItemView> published = PublishedCatalog.read(catalog).items();

        Set<String> codes = new TreeSet<>();
        departments.findAll().forEach(d -> codes.add(d.code().value()));
        published.forEach(item -> codes.add(PublishedCatalog.departmentOf(item)));

        List<DepartmentRates> rates = new ArrayList<>();
        for (String code : codes) {
            rates.add(ratesOf(code, centreWindows, handledInCentre, published));
        }
        return rates;
    }

    private static DepartmentRates ratesOf(String department, List<ServiceWindow> centreWindows,
            Set<String> handledInCentre, List<ApprovalItemView> published) {
        Set<ApprovalItemCode> stationed = new HashSet<>();
        Set<ApprovalItemCode> decided = new HashSet<>();
        for (ServiceWindow window : centreWindows) {
            if (window.kind() != WindowKind.DEPARTMENT || !window.department().value().equals(department)) {
                continue;
            }
            for (HandledItem item : window.items()) {
                stationed.add(item.item());
                if (item.decidedAtWindow()) {
                    decided.add(item.item());
                }
            }
        }
        int approvalItems = 0;
        int inCentre = 0;
        for (ApprovalItemView item : published) {
            if (PublishedCatalog.isApproval(item) && PublishedCatalog.departmentOf(item).equals(department)) {
                approvalItems++;
                if (handledInCentre.contains(PublishedCatalog.codeOf(item))) {
                    inCentre++;
                }
            }
        }
        return new DepartmentRates(new DepartmentCode(department), stationed.size(), decided.size(),
                fraction(decided.size(), stationed.size()), approvalItems, inCentre,
                fraction(inCentre, approvalItems));
    }

    /** {@code part / whole}, and 0 when there is nothing to measure. */
    private static double fraction(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
