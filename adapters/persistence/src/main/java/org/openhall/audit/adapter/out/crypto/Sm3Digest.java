package org.openhall.audit.adapter.out.crypto;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.openhall.audit.domain.ChainDigest;

/** SM3 (GB/T 32905-2016), the national hash algorithm, from BouncyCastle's lightweight API. */
public final class Sm3Digest implements ChainDigest {

    public static final String NAME = "SM3";

    @Override
    public String algorithm() {
        return NAME;
    }

    @Override
    public byte[] digest(byte[] content) {
        SM3Digest sm3 = new SM3Digest();
        sm3.update(content, 0, content.length);
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return out;
    }
}
