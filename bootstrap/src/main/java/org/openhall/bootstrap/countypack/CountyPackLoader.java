package org.openhall.bootstrap.countypack;

import java.util.List;

import org.openhall.bootstrap.countypack.read.CountyPackReader;
import org.openhall.bootstrap.countypack.spec.CountyPack;
import org.openhall.bootstrap.countypack.validate.PackValidator;

/**
 * Reads and validates a county pack folder: the first half of every import, and all of
 * {@code pack validate}. Needs no database.
 */
public final class CountyPackLoader {

    private final CountyPackReader reader = new CountyPackReader();
    private final PackValidator validator = new PackValidator();

    /** What reading and validating a pack gave: the validated pack, or every error. */
    public record Loaded(String location, CountyPack pack, ValidatedPack validated, List<PackError> errors) {

        public boolean valid() {
            return validated != null && errors.isEmpty();
        }

        /** The validated pack; throws {@link CountyPackInvalid} with every error when there are any. */
        public ValidatedPack orThrow() {
            if (!valid()) {
                throw new CountyPackInvalid(location, errors);
            }
            return validated;
        }
    }

    public Loaded load(String location) {
        CountyPackReader.Result read = reader.read(location);
        PackErrors errors = read.errors();
        ValidatedPack validated = validator.validate(read.pack(), errors);
        return new Loaded(location, read.pack(), errors.isEmpty() ? validated : null, errors.all());
    }

    /** The centre of the pack at {@code location}; throws {@link CountyPackInvalid} when it is not valid. */
    public Centre centre(String location) {
        PackErrors errors = new PackErrors();
        Centre centre = validator.centre(reader.readCentre(location, errors), errors);
        if (!errors.isEmpty() || centre == null) {
            throw new CountyPackInvalid(location, errors.all());
        }
        return centre;
    }
}
