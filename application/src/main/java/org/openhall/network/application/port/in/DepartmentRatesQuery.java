package org.openhall.network.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The centre's figures per department: window authorization (窗口授权率) and the "three
 * concentrations" (三集中: items concentrated in one department section, that section in the
 * centre, and the authority at the window). Computed from the stored windows and the catalog as
 * published today; nothing is cached.
 */
@PrimaryPort
public interface DepartmentRatesQuery {

    /**
     * One line per department, by code: every department of the network and every department the
     * published catalog names, so that a department with nothing stationed shows with rate 0.
     */
    List<DepartmentRates> rates();
}
