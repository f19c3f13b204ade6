package org.openhall.audit.domain;

/**
 * The hash function the chain is built with (摘要算法): SHA-256 by default, SM3 (GB/T 32905) where
 * the centre must use the national algorithm. Each record names the algorithm it was hashed with.
 */
public interface ChainDigest {

    /** The name stored with each record and chain head, e.g. {@code SHA-256} or {@code SM3}. */
    String algorithm();

    /** The 32-byte digest of {@code content}. */
    byte[] digest(byte[] content);
}
