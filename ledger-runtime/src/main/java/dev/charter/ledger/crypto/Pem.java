package dev.charter.ledger.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** PEM (RFC 7468) text of certificates and keys: {@code CERTIFICATE}, {@code PRIVATE KEY} (PKCS#8), {@code PUBLIC KEY}. */
public final class Pem {

    public static final String CERTIFICATE = "CERTIFICATE";
    public static final String PRIVATE_KEY = "PRIVATE KEY";
    public static final String PUBLIC_KEY = "PUBLIC KEY";

    private Pem() {
    }

    public static String encode(String type, byte[] der) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The DER bytes of the one PEM object of the given type in {@code text}.
     *
     * @throws IllegalArgumentException when there is none, another type, or more than one
     */
    public static byte[] decode(String text, String type) {
        try (PemReader reader = new PemReader(new StringReader(text))) {
            PemObject object = reader.readPemObject();
            if (object == null) {
                throw new IllegalArgumentException("No PEM " + type + " found: expected a block starting with"
                        + " -----BEGIN " + type + "-----");
            }
            if (!object.getType().equals(type)) {
                throw new IllegalArgumentException("Expected a PEM " + type + " but found a " + object.getType());
            }
            if (reader.readPemObject() != null) {
                throw new IllegalArgumentException("Expected one PEM " + type + " but found more than one PEM block");
            }
            return object.getContent();
        } catch (IOException e) {
            throw new IllegalArgumentException("Malformed PEM " + type + ": " + e.getMessage(), e);
        }
    }

    public static String encodePrivateKey(SigningKey key) {
        return encode(PRIVATE_KEY, key.pkcs8());
    }

    /** @throws IllegalArgumentException when the text is not one PEM PKCS#8 P-256 ECDSA or Ed25519 key */
    public static SigningKey decodePrivateKey(String text) {
        return SigningKey.ofPkcs8(decode(text, PRIVATE_KEY));
    }

    public static String encodePublicKey(VerifyingKey key) {
        return encode(PUBLIC_KEY, key.subjectPublicKeyInfo());
    }

    /** @throws IllegalArgumentException when the text is not one PEM P-256 ECDSA or Ed25519 public key */
    public static VerifyingKey decodePublicKey(String text) {
        return VerifyingKey.ofSubjectPublicKeyInfo(decode(text, PUBLIC_KEY));
    }
}
