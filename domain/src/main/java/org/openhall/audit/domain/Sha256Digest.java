package org.openhall.audit.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 (FIPS 180-4) from the JDK: the chain's default algorithm. */
public final class Sha256Digest implements ChainDigest {

    public static final String NAME = "SHA-256";

    @Override
    public String algorithm() {
        return NAME;
    }

    @Override
    public byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance(NAME).digest(content);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
