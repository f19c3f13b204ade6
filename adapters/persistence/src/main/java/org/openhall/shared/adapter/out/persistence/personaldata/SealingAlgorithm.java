package org.openhall.shared.adapter.out.persistence.personaldata;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.util.Arrays;
import java.util.Locale;

import javax.crypto.Cipher;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The authenticated ciphers personal data is sealed with. Both are used in GCM with a random 96-bit
 * nonce and a 128-bit tag. SM4 (GB/T 32907, the national block cipher that 等保/密评 reviews may ask
 * for) comes from BouncyCastle, used as a provider object and not registered JVM-wide.
 */
enum SealingAlgorithm {

    /** AES-256 in GCM, from the JDK. */
    AES_GCM("AES-GCM", "aes", "AES", 32),
    /** SM4 in GCM, from BouncyCastle. */
    SM4_GCM("SM4-GCM", "sm4", "SM4", 16);

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final String label;
    private final String code;
    private final String keyAlgorithm;
    private final int keyBytes;

    SealingAlgorithm(String label, String code, String keyAlgorithm, int keyBytes) {
        this.label = label;
        this.code = code;
        this.keyAlgorithm = keyAlgorithm;
        this.keyBytes = keyBytes;
    }

    /** The name in configuration, e.g. {@code SM4-GCM}. */
    String label() {
        return label;
    }

    /** The short name written into every sealed value, e.g. {@code sm4}. */
    String code() {
        return code;
    }

    String keyAlgorithm() {
        return keyAlgorithm;
    }

    int keyBytes() {
        return keyBytes;
    }

    Cipher newCipher() throws GeneralSecurityException {
        return this == SM4_GCM ? Cipher.getInstance("SM4/GCM/NoPadding", BOUNCY_CASTLE)
                : Cipher.getInstance("AES/GCM/NoPadding");
    }

    static SealingAlgorithm ofLabel(String label) {
        String wanted = label.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("openhall.personal-data.algorithm must be one of "
                        + Arrays.toString(Arrays.stream(values()).map(SealingAlgorithm::label).toArray()) + ", not "
                        + label));
    }

    static SealingAlgorithm ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst()
                .orElseThrow(() -> new PersonalDataUnreadable("unknown algorithm " + code));
    }
}
