package org.sightline.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.server.auth.Authenticated;
import org.sightline.server.auth.Role;

/** How access rules are read from annotations, and that the default is deny. */
class AccessRuleTest {
  static class Undeclared {
    public void anything() {}
  }

  @RolesAllowed(Role.Names.ANALYST)
  static class AnalystsByDefault {
    public void inherited() {}

    @PermitAll
    public void open() {}

    @DenyAll
    public void closed() {}

    @Authenticated
    public void anyUser() {}

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ADVOCATE})
    public void narrower() {}
  }

  private static AccessRule rule(Class<?> type, String method) throws Exception {
    return AccessRule.of(type.getMethod(method), type);
  }

  @Test
  void aMethodWithoutAnyRuleIsDeniedToEveryone() throws Exception {
    AccessRule rule = rule(Undeclared.class, "anything");
    assertThat(rule.declared()).isFalse();
    assertThat(rule.admits(Set.of(), false)).isFalse();
    assertThat(rule.admits(EnumSet.allOf(Role.class), true)).isFalse();
  }

  @Test
  void methodRulesOverrideTheClassRule() throws Exception {
    assertThat(rule(AnalystsByDefault.class, "inherited").admits(Set.of(Role.ANALYST), true))
        .isTrue();
    assertThat(rule(AnalystsByDefault.class, "inherited").admits(Set.of(Role.ADMIN), true))
        .isFalse();
    assertThat(rule(AnalystsByDefault.class, "open").admits(Set.of(), false)).isTrue();
    assertThat(rule(AnalystsByDefault.class, "closed").admits(EnumSet.allOf(Role.class), true))
        .isFalse();
    assertThat(rule(AnalystsByDefault.class, "anyUser").admits(Set.of(), true)).isTrue();
    assertThat(rule(AnalystsByDefault.class, "anyUser").admits(Set.of(), false)).isFalse();
    assertThat(rule(AnalystsByDefault.class, "narrower").admits(Set.of(Role.ANALYST), true))
        .isFalse();
    assertThat(rule(AnalystsByDefault.class, "narrower").admits(Set.of(Role.ADVOCATE), true))
        .isTrue();
  }
}
