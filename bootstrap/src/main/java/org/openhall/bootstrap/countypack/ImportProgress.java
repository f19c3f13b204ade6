package org.openhall.bootstrap.countypack;

import org.openhall.shared.application.ChangeOutcome;

/** Hears of every step of an import as it is applied, e.g. to print progress on the command line. */
@FunctionalInterface
public interface ImportProgress {

    /** Listens to nothing. */
    ImportProgress NONE = (done, total, change) -> {
    };

    /**
     * @param done how many steps are applied, this one included
     * @param total how many steps the import has
     */
    void applied(int done, int total, ImportReport.Change change);

    /** The command line's progress line: {@code [ 37/120  30%] items SCJG-001 ADDED}. */
    static String line(int done, int total, ImportReport.Change change) {
        int width = String.valueOf(total).length();
        int percent = total == 0 ? 100 : done * 100 / total;
        return String.format("[%" + width + "d/%d %3d%%] %s %s %s", done, total, percent, change.kind().label(),
                change.key(), change.outcome());
    }
}
