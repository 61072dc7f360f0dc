package com.kpipulse.web.architecture;

import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.security.Roles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RoleNamesMatchTheIdentityProviderTest {

    @Test
    void theRolesAllowedConstantsAreTheDomainRolesClaims() {
        assertThat(new String[] {Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
                .containsExactly(java.util.Arrays.stream(Role.values()).map(Role::claim).toArray(String[]::new));
    }

    @Test
    void everyDomainRoleIsARealmRoleWithADemoUser() throws Exception {
        String realm = Files.readString(Path.of("../kpi-test-stack/src/main/resources/keycloak/kpi-realm.json"));
        for (Role role : Role.values()) {
            assertThat(realm).contains("\"name\": \"" + role.claim() + "\"");
            assertThat(realm).contains("\"realmRoles\": [\n        \"" + role.claim() + "\"");
        }
    }
}
