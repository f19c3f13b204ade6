package org.openhall.network.adapter.in.web.auth;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.ChangePasswordUseCase;
import org.openhall.network.application.port.in.SecondFactorEnrolmentUseCase;
import org.openhall.network.application.port.in.SignInUseCase;
import org.openhall.network.application.port.in.StaffSessions;
import org.openhall.shared.adapter.in.web.ProblemErrorController;
import org.openhall.shared.adapter.in.web.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * API clients with a JWT of the county's identity provider: configured only by the standard
 * properties ({@code issuer-uri} and {@code jwk-set-uri}), with the key set served over HTTP by a
 * stand-in provider in this test. A token is accepted only when signed by a key of that set, issued
 * by that issuer and not expired; its claims (Keycloak's names) become the actor.
 */
@WebMvcTest(controllers = { ProblemErrorController.class, AuthController.class })
class JwtSignInTest {

    private static final String ISSUER = "https://sso.heshan.example.cn/realms/openhall";
    private static final RSAKey PROVIDER_KEY = rsaKey("provider-key");
    /** A key of somebody else, under the same key id: its signatures must not pass. */
    private static final RSAKey FORGED_KEY = rsaKey("provider-key");
    private static final HttpServer JWKS = serve(new JWKSet(PROVIDER_KEY.toPublicJWK()).toString());

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignInUseCase signIn;
    @MockitoBean
    StaffSessions sessions;
    @MockitoBean
    SecondFactorEnrolmentUseCase enrolment;
    @MockitoBean
    ChangePasswordUseCase passwords;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/protocol/openid-connect/certs");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
    }

    @AfterAll
    static void stopProvider() {
        JWKS.stop(0);
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve(String jwks) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/protocol/openid-connect/certs", exchange -> {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(RSAKey key, String issuer, Instant expires, Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).subject("f3a1c2")
                .issueTime(Date.from(expires.minusSeconds(300))).expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                set.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static Map<String, Object> clerkClaims() {
        return Map.of("preferred_username", "wei.keycloak", "name", "韦统一", "department", "PSB",
                "realm_access", Map.of("roles", List.of("offline_access", "clerk", "uma_authorization")));
    }

    private static Instant inAnHour() {
        return Instant.now().plusSeconds(3600);
    }

    @Test
    void aTokenOfTheProviderBecomesTheActorWithItsRolesAndDepartment() throws Exception {
        mvc.perform(get("/api/v1/auth/session")
                .with(Staff.bearer(token(PROVIDER_KEY, ISSUER, inAnHour(), clerkClaims()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("wei.keycloak"))
                .andExpect(jsonPath("$.displayName").value("韦统一"))
                .andExpect(jsonPath("$.department").value("PSB"))
                .andExpect(jsonPath("$.roles[0]").value("CLERK"))
                .andExpect(jsonPath("$.roles.length()").value(1));
    }

    @Test
    void theRolesOfTheTokenAreTheOnlyRolesTheCallerHas() throws Exception {
        String clerk = token(PROVIDER_KEY, ISSUER, inAnHour(), clerkClaims());
        String administrator = token(PROVIDER_KEY, ISSUER, inAnHour(),
                Map.of("preferred_username", "ops.robot", "realm_access", Map.of("roles", List.of("ADMINISTRATOR"))));

        mvc.perform(get("/actuator/env").with(Staff.bearer(clerk))).andExpect(status().isForbidden());
        // Nothing serves it in this slice: a 404 instead of a 403 shows that the role let it through.
        mvc.perform(get("/actuator/env").with(Staff.bearer(administrator))).andExpect(status().isNotFound());
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        refused(token(PROVIDER_KEY, "https://sso.elsewhere.example.cn/realms/openhall", inAnHour(), clerkClaims()));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        refused(token(PROVIDER_KEY, ISSUER, Instant.now().minusSeconds(600), clerkClaims()));
    }

    @Test
    void aTokenSignedByAKeyNotInTheProvidersSetIsRefused() throws Exception {
        refused(token(FORGED_KEY, ISSUER, inAnHour(), clerkClaims()));
    }

    @Test
    void aTokenWithoutAnyOpenHallRoleIsRefused() throws Exception {
        refused(token(PROVIDER_KEY, ISSUER, inAnHour(), Map.of("preferred_username", "someone",
                "realm_access", Map.of("roles", List.of("offline_access")))));
    }

    @Test
    void aClerksTokenWithoutADepartmentIsRefused() throws Exception {
        refused(token(PROVIDER_KEY, ISSUER, inAnHour(), Map.of("preferred_username", "someone",
                "realm_access", Map.of("roles", List.of("CLERK")))));
    }

    private void refused(String token) throws Exception {
        mvc.perform(get("/api/v1/auth/session").with(Staff.bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"OpenHall\", error=\"invalid_token\""))
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"));
    }
}
