package org.openhall.network.adapter.out.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.BreachedPasswords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The list of passwords guessers try first, read once from a text file (one per line, {@code #}
 * starts a comment; {@code openhall.security.password.breached-list}, by default the list shipped
 * with OpenHall). Compared without regard to case: {@code Password2026} is as weak as
 * {@code password2026}.
 */
@Component
@SecondaryAdapter
public class BreachedPasswordList implements BreachedPasswords {

    private final Set<String> passwords;

    public BreachedPasswordList(
            @Value("${openhall.security.password.breached-list:classpath:security/breached-passwords.txt}")
            Resource list) {
        Set<String> read = new HashSet<>();
        try (InputStream in = list.getInputStream();
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    read.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the breached-password list " + list, e);
        }
        this.passwords = Set.copyOf(read);
    }

    @Override
    public boolean contains(String password) {
        return password != null && passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many passwords the list holds. */
    public int size() {
        return passwords.size();
    }
}
