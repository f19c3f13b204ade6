package org.openhall.network.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Reads the service network (服务网络): halls at three levels and departments. Public. */
@PrimaryPort
public interface ServiceNetworkQuery {

    /** All halls, the city centre first, then townships and villages, each by code. */
    List<HallView> halls();

    List<DepartmentView> departments();
}
